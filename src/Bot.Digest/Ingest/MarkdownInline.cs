using System.Text;

namespace Bot.Digest.Ingest;

/// <summary>
/// Strips inline Markdown so sentences read clean: links and images (<c>[text](url)</c> → text, images dropped),
/// emphasis and strikethrough delimiters, code-span backticks, inline HTML tags and backslash escapes.
/// Plain text goes through the same code: the delimiter rules (a CommonMark-like flanking test) leave ordinary
/// asterisks and underscores ("2 * 3", "file_name") alone.
/// </summary>
internal static class MarkdownInline
{
    private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create("[]!*_~`<\\");

    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny(Markup) < 0)
        {
            return text;
        }

        var withoutLinks = StripLinksAndTags(text);
        return EmphasisDelimiters.Strip(withoutLinks);
    }

    private static string StripLinksAndTags(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] > ' ' && text[i + 1] < 127)
            {
                // A backslash escape: keep the punctuation, hide it from the emphasis pass with a private marker.
                sb.Append(EmphasisDelimiters.Escape(text[i + 1]));
                i += 2;
                continue;
            }

            if (c == '`')
            {
                var run = CountRun(text, i, '`');
                var close = text.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                if (close > 0)
                {
                    sb.Append(text, i + run, close - i - run);
                    i = close + run;
                    continue;
                }
            }

            if ((c == '[' || (c == '!' && i + 1 < text.Length && text[i + 1] == '[')) && TryLink(text, i, out var linkText, out var end))
            {
                if (c == '[')
                {
                    sb.Append(StripLinksAndTags(linkText));
                }

                i = end;
                continue;
            }

            if (c == '<' && TryTag(text, i, out var tagEnd, out var autolink))
            {
                sb.Append(autolink);
                i = tagEnd;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    private static int CountRun(string text, int i, char c)
    {
        var j = i;
        while (j < text.Length && text[j] == c)
        {
            j++;
        }

        return j - i;
    }

    /// <summary>[text](url), [text][ref], ![alt](url): the visible text and the index after the construct.</summary>
    private static bool TryLink(string text, int i, out string linkText, out int end)
    {
        linkText = string.Empty;
        end = i;
        var open = text[i] == '!' ? i + 1 : i;
        var depth = 0;
        var close = -1;
        for (var j = open; j < text.Length; j++)
        {
            if (text[j] == '[')
            {
                depth++;
            }
            else if (text[j] == ']' && --depth == 0)
            {
                close = j;
                break;
            }
        }

        if (close < 0 || close + 1 >= text.Length || text[close + 1] is not ('(' or '['))
        {
            return false;
        }

        var closer = text[close + 1] == '(' ? ')' : ']';
        var target = text.IndexOf(closer, close + 2);
        if (target < 0 || text.AsSpan(close + 2, target - close - 2).ContainsAny('\n', '['))
        {
            return false;
        }

        linkText = text[(open + 1)..close];
        end = target + 1;
        return true;
    }

    /// <summary>An inline HTML tag (dropped) or an autolink &lt;https://…&gt; (kept without brackets).</summary>
    private static bool TryTag(string text, int i, out int end, out string replacement)
    {
        end = i;
        replacement = string.Empty;
        var close = text.IndexOf('>', i + 1);
        if (close < 0 || close - i > 300)
        {
            return false;
        }

        var inner = text.AsSpan(i + 1, close - i - 1);
        if (inner.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            replacement = inner.ToString();
            end = close + 1;
            return true;
        }

        var name = inner.TrimStart('/');
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || inner.Contains('<'))
        {
            return false;
        }

        var nameLength = 0;
        while (nameLength < name.Length && char.IsAsciiLetterOrDigit(name[nameLength]))
        {
            nameLength++;
        }

        if (nameLength < name.Length && name[nameLength] is not (' ' or '/' or '\t'))
        {
            return false;
        }

        replacement = name[..nameLength].Equals("br", StringComparison.OrdinalIgnoreCase) ? " " : string.Empty;
        end = close + 1;
        return true;
    }
}

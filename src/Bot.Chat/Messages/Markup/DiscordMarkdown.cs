using System.Text;

namespace Bot.Chat.Messages.Markup;

/// <summary>
/// Neutralises untrusted text for Discord's markdown (message content, embed titles, descriptions and fields).
/// Mention syntax (<c>&lt;@id&gt;</c>, <c>&lt;@&amp;id&gt;</c>, <c>&lt;#id&gt;</c>, <c>&lt;/cmd:id&gt;</c>,
/// <c>&lt;t:…&gt;</c>) and markup (<c>* _ ~ ` | [ ] ( ) &gt;</c>, and <c># - +</c> or "1." at a line start) are
/// backslash-escaped, so they show as typed; <c>@everyone</c> and <c>@here</c> get a zero-width space after the
/// <c>@</c>. This is defence in depth: every send must ALSO carry <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
public static class DiscordMarkdown
{
    private const char ZeroWidthSpace = '\u200b';

    public static string Escape(string? text)
    {
        var clean = PlainText.Clean(text);
        var sb = new StringBuilder(clean.Length + 16);
        var lineStart = true;
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c == '\n')
            {
                sb.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && c == ' ')
            {
                sb.Append(c);
                continue;
            }

            if (c == '@' && (At(clean, i + 1, "everyone") || At(clean, i + 1, "here")))
            {
                sb.Append('@').Append(ZeroWidthSpace);
            }
            else if (IsMarkup(c) || (lineStart && c is '#' or '-' or '+'))
            {
                sb.Append('\\').Append(c);
            }
            else if (lineStart && char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < clean.Length && char.IsAsciiDigit(clean[end]))
                {
                    end++;
                }

                sb.Append(clean, i, end - i);
                if (end < clean.Length && clean[end] == '.')
                {
                    sb.Append("\\.");
                    end++;
                }

                i = end - 1;
            }
            else
            {
                sb.Append(c);
            }

            lineStart = false;
        }

        return sb.ToString();
    }

    /// <summary>A masked link <c>[label](url)</c> with an escaped label, or the escaped label alone when the URL is
    /// not http(s).</summary>
    public static string Link(string label, string? url)
    {
        var safeLabel = Escape(PlainText.OneLine(label));
        var safeUrl = SafeUrl.Http(url);
        return safeUrl is null ? safeLabel : $"[{safeLabel}]({safeUrl.Replace(")", "%29", StringComparison.Ordinal)})";
    }

    private static bool IsMarkup(char c) => c is '\\' or '*' or '_' or '~' or '`' or '|' or '<' or '>' or '[' or ']' or '(' or ')';

    private static bool At(string text, int index, string word) =>
        string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
}

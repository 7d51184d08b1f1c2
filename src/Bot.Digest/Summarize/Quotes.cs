namespace Bot.Digest.Summarize;

/// <summary>Where the quotations are: “…”, "…" and ‘…’ (a ’ inside a word is an apostrophe, not a closing quote).</summary>
internal static class Quotes
{
    public static bool HasAny(ReadOnlySpan<char> text) => text.IndexOfAny("\"\u201C\u201D\u2018") >= 0;

    /// <summary>
    /// Whether the sentence opens a double quotation it does not close, or closes one it did not open: the splitter
    /// cut a multi-sentence quotation, and half of it would read as a dangling quote mark. (Single quotes are left
    /// alone: ’ is also the apostrophe.)
    /// </summary>
    public static bool Unbalanced(ReadOnlySpan<char> text) =>
        text.Count('"') % 2 != 0 || text.Count('\u201C') != text.Count('\u201D');

    /// <summary>Whether index <paramref name="at"/> lies inside a quotation.</summary>
    public static bool Inside(string text, int at)
    {
        foreach (var (start, end) in Spans(text))
        {
            if (at >= start && at < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) touches a quotation (its marks included).</summary>
    public static bool Overlaps(string text, int start, int end)
    {
        foreach (var (s, e) in Spans(text))
        {
            if (start < e && s < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Quotation spans [start, end) including the marks; an unclosed quotation runs to the end.</summary>
    public static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        var closer = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (c is '\u201C' or '"')
                {
                    open = i;
                    closer = c == '"' ? '"' : '\u201D';
                }
                else if (c == '\u2018')
                {
                    open = i;
                    closer = '\u2019';
                }

                continue;
            }

            var closes = c == closer && (closer != '\u2019' || i + 1 >= text.Length || !char.IsLetter(text[i + 1]));
            if (closes)
            {
                spans.Add((open, i + 1));
                open = -1;
            }
        }

        if (open >= 0)
        {
            spans.Add((open, text.Length));
        }

        return spans;
    }
}

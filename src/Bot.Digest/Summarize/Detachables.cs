namespace Bot.Digest.Summarize;

/// <summary>
/// The parts of a sentence that can go without changing what it claims, tried from the least informative:
/// parentheticals, dash asides, a fronted phrase ("In a rare disclosure,"), non-restrictive relative clauses
/// (", which ..."), then a trailing participle (", significantly undercutting ...") or concessive clause
/// (", although ..."), and last a second coordinated clause (", and some observers question ...": a whole claim of its
/// own, dropped entire). A part holding a digit or touching a quotation never goes.
/// </summary>
internal static class Detachables
{
    private static readonly HashSet<string> FrontingWords = new(StringComparer.Ordinal)
    {
        "In", "On", "At", "After", "With", "Despite", "Amid", "Following", "During", "For", "By", "Last", "Earlier",
        "Later", "Although", "Though", "While", "Speaking", "Under", "Now", "Since", "As"
    };

    private static readonly string[] RelativeOpeners = [", which ", ", who ", ", whose ", ", where "];

    private static readonly string[] ConcessiveOpeners = [", although ", ", though ", ", while ", ", whereas ", ", but "];

    private static readonly string[] Dashes = [" \u2014 ", " \u2013 ", " - "];

    private delegate (int Start, int End)? Finder(string text);

    private static readonly Finder[] Finders = [Parenthetical, DashAside, Fronted, Relative, TrailingClause, CoordinateClause];

    // Words that open a full clause after ", and": a determiner or quantifier, then its subject and verb follow.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "the", "some", "many", "most", "several", "other", "others", "its", "their", "his", "her", "a", "an", "this",
        "these", "those", "critics", "analysts", "experts", "officials", "investors", "it", "they", "he", "she"
    };

    public static string Trim(string text, int maxWords, int minRemaining)
    {
        foreach (var find in Finders)
        {
            var guard = 0;
            while (CountWords(text) > maxWords && guard++ < 8)
            {
                var range = find(text);
                if (range is not { } r || !Removable(text, r.Start, r.End, minRemaining))
                {
                    break;
                }

                text = string.Concat(text.AsSpan(0, r.Start), text.AsSpan(r.End));
            }

            if (CountWords(text) <= maxWords)
            {
                break;
            }
        }

        return text;
    }

    public static int CountWords(ReadOnlySpan<char> text) => ArticleProfile.CountWords(text);

    private static bool Removable(string text, int start, int end, int minRemaining) =>
        start >= 0 && end > start && end <= text.Length &&
        text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0 &&
        !Quotes.Overlaps(text, start, end) &&
        CountWords(text) - CountWords(text.AsSpan(start, end - start)) >= minRemaining;

    /// <summary>The first "( ... )" holding no digit, with the space before it.</summary>
    private static (int, int)? Parenthetical(string text)
    {
        var from = 0;
        while (true)
        {
            var open = text.IndexOf('(', from);
            if (open < 0)
            {
                return null;
            }

            var close = text.IndexOf(')', open + 1);
            if (close < 0)
            {
                return null;
            }

            var inner = text.AsSpan(open, close - open);
            if (inner.IndexOfAnyInRange('0', '9') < 0 && !Quotes.Overlaps(text, open, close + 1))
            {
                var start = open > 0 && text[open - 1] == ' ' ? open - 1 : open;
                return (start, close + 1);
            }

            from = close + 1;
        }
    }

    /// <summary>" — aside — " (the pair, keeping one space) or a trailing " — aside" up to the final punctuation.</summary>
    private static (int, int)? DashAside(string text)
    {
        foreach (var dash in Dashes)
        {
            var first = text.IndexOf(dash, StringComparison.Ordinal);
            if (first <= 0)
            {
                continue;
            }

            var second = text.IndexOf(dash, first + dash.Length, StringComparison.Ordinal);
            if (second > 0)
            {
                return (first, second + dash.TrimEnd().Length);
            }

            return (first, TerminalStart(text));
        }

        return null;
    }

    /// <summary>"In a rare disclosure, ..." → the phrase up to its comma, when short and a name does not depend on it.</summary>
    private static (int, int)? Fronted(string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || !FrontingWords.Contains(text[..space]))
        {
            return null;
        }

        var comma = text.IndexOf(',');
        if (comma < 0 || CountWords(text.AsSpan(0, comma)) > 12)
        {
            return null;
        }

        var end = comma + 1;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        // "Despite appearances by DeepSeek's founder, the company ..." needs the name it would drop.
        var rest = BulletCompressor.Capitalize(text[end..]);
        return SubjectCheck.Needs(rest) == Antecedent.None ? (0, end) : null;
    }

    /// <summary>", which ...," (both commas, keeping none) or a trailing ", which ..." up to the final punctuation.</summary>
    private static (int, int)? Relative(string text)
    {
        foreach (var opener in RelativeOpeners)
        {
            var at = text.IndexOf(opener, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var next = text.IndexOf(',', at + opener.Length);
            return next > 0 ? (at, next + 1) : (at, TerminalStart(text));
        }

        return null;
    }

    /// <summary>A last clause ", undercutting ..." / ", although ..." with no comma after it, up to the final punctuation.</summary>
    private static (int, int)? TrailingClause(string text)
    {
        var comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return null;
        }

        var tail = text.AsSpan(comma);
        foreach (var opener in ConcessiveOpeners)
        {
            if (tail.StartsWith(opener, StringComparison.Ordinal))
            {
                return (comma, TerminalStart(text));
            }
        }

        var firstWord = FirstWord(text, comma + 2, out var after);
        if (firstWord.EndsWith("ly", StringComparison.Ordinal))
        {
            firstWord = FirstWord(text, after, out _);
        }

        return firstWord.Length >= 5 && firstWord.EndsWith("ing", StringComparison.Ordinal) ? (comma, TerminalStart(text)) : null;
    }

    /// <summary>The last ", and &lt;clause&gt;" when what follows opens a clause of its own (a determiner or a name).</summary>
    private static (int, int)? CoordinateClause(string text)
    {
        var at = text.LastIndexOf(", and ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var word = FirstWord(text, at + 6, out _);
        var opensClause = ClauseOpeners.Contains(word) || (word.Length > 1 && char.IsUpper(word[0]));
        return opensClause && CountWords(text.AsSpan(at, TerminalStart(text) - at)) >= 5 ? (at, TerminalStart(text)) : null;
    }

    private static string FirstWord(string text, int from, out int end)
    {
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[from..end];
    }

    /// <summary>Where the closing punctuation (. ! ? and closing quotes) starts.</summary>
    internal static int TerminalStart(string text)
    {
        var i = text.Length;
        while (i > 0 && text[i - 1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019')
        {
            i--;
        }

        return i;
    }
}

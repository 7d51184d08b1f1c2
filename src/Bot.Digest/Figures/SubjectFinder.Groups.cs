using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Figures;

/// <summary>Word groups ("GPT-4", "pre-tax", "AOL's") and turning them back into verbatim phrases.</summary>
internal static partial class SubjectFinder
{
    /// <summary>The words of <paramref name="groups"/> as written, determiners dropped; with
    /// <paramref name="nameOnly"/>, only the run of names ("R1", "Nvidia H800"), or null when there is none.</summary>
    private static string? Phrase(TextScan s, List<(int First, int End)> groups, bool nameOnly)
    {
        var from = -1;
        var to = -1;
        foreach (var g in groups)
        {
            var isName = IsName(s, g);
            if (IsDeterminer(s.L(g.First)) && g.End - g.First == 1)
            {
                if (from >= 0 && nameOnly)
                {
                    break;
                }

                continue;
            }

            if (nameOnly && !isName)
            {
                if (from >= 0)
                {
                    break;
                }

                continue;
            }

            from = from < 0 ? s.Start(g.First) : from;
            to = s.End(g.End - 1);
        }

        return from < 0 ? null : s.Text[from..to];
    }

    private static bool IsName(TextScan s, (int First, int End) g)
    {
        for (var k = g.First; k < g.End; k++)
        {
            if (s.IsKind(k, TokenKind.Digits))
            {
                return true;
            }
        }

        return s.IsCapitalised(g.First) && g.First > 0;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) => w is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "my" or "your";

    private static bool IsBreaker(TextScan s, (int First, int End) g) =>
        g.End - g.First == 1 && BreakerLookup.Contains(s.L(g.First));

    private static bool IsQuote(TextScan s, int k) =>
        s.IsKind(k, TokenKind.Punct) && s.Text[s[k].Start] is '"' or '“' or '‘' or '\'';

    /// <summary>A word with what is glued to it ("GPT-4", "H800", "pre-tax", "AOL's") ending at token k.</summary>
    private static (int First, int End) GroupEndingAt(TextScan s, int k)
    {
        if (k < 0 || !(s.IsWord(k) || s.IsKind(k, TokenKind.Digits)))
        {
            return (-1, -1);
        }

        var first = k;
        while (first > 0 && s.Attached(first) && (s.IsWord(first - 1) || s.IsKind(first - 1, TokenKind.Digits)
               || ((s.IsPunct(first - 1, '-') || s.IsPunct(first - 1, '\'') || s.IsPunct(first - 1, '’')) && s.Attached(first - 1))))
        {
            first--;
        }

        return s.IsKind(first, TokenKind.Punct) ? (-1, -1) : (first, k + 1);
    }

    private static (int First, int End) GroupStartingAt(TextScan s, int k)
    {
        if (k >= s.Count || !(s.IsWord(k) || s.IsKind(k, TokenKind.Digits)))
        {
            return (-1, -1);
        }

        var end = k + 1;
        while (end < s.Count && s.Attached(end) && (s.IsWord(end) || s.IsKind(end, TokenKind.Digits)
               || (s.IsPunct(end, '-') && s.Attached(end + 1) && (s.IsWord(end + 1) || s.IsKind(end + 1, TokenKind.Digits)))))
        {
            end++;
        }

        return (k, end);
    }

    public static int TokenAt(TextScan s, int charOffset)
    {
        int lo = 0, hi = s.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (s[mid].Start < charOffset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}

using System.Text;

namespace Bot.Digest.Ingest;

/// <summary>
/// Removes paired emphasis and strikethrough delimiters (<c>*a*</c>, <c>**a**</c>, <c>_a_</c>, <c>~~a~~</c>) using
/// CommonMark's left/right-flanking test, so a lone or spaced asterisk ("2 * 3", "5*3") and intraword underscores
/// ("snake_case") survive. Escaped characters arrive as private-use stand-ins (<see cref="Escape"/>) and are restored.
/// </summary>
internal static class EmphasisDelimiters
{
    private const char EscapedStar = '\uE001';
    private const char EscapedUnderscore = '\uE002';
    private const char EscapedTilde = '\uE003';

    public static char Escape(char c) => c switch
    {
        '*' => EscapedStar,
        '_' => EscapedUnderscore,
        '~' => EscapedTilde,
        _ => c,
    };

    public static string Strip(string text)
    {
        var runs = FindRuns(text);
        var removed = Pair(runs);
        if (removed == 0 && text.AsSpan().IndexOfAny(EscapedStar, EscapedUnderscore, EscapedTilde) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var next = 0;
        foreach (var run in runs)
        {
            if (run.Removed)
            {
                sb.Append(text, next, run.Start - next);
                next = run.Start + run.Length;
            }
        }

        sb.Append(text, next, text.Length - next);
        return sb.Replace(EscapedStar, '*').Replace(EscapedUnderscore, '_').Replace(EscapedTilde, '~').ToString();
    }

    private static List<DelimiterRun> FindRuns(string text)
    {
        var runs = new List<DelimiterRun>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is not ('*' or '_' or '~'))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            var length = end - i;
            var usable = c == '~' ? length == 2 : length <= 3;
            if (usable)
            {
                var prev = i > 0 ? text[i - 1] : ' ';
                var next = end < text.Length ? text[end] : ' ';
                var (canOpen, canClose) = Flanking(c, prev, next);
                runs.Add(new DelimiterRun(i, length, c, canOpen, canClose));
            }

            i = end;
        }

        return runs;
    }

    private static (bool CanOpen, bool CanClose) Flanking(char c, char prev, char next)
    {
        if (char.IsDigit(prev) && char.IsDigit(next))
        {
            return (false, false);
        }

        var left = !char.IsWhiteSpace(next) && (!IsPunct(next) || char.IsWhiteSpace(prev) || IsPunct(prev));
        var right = !char.IsWhiteSpace(prev) && (!IsPunct(prev) || char.IsWhiteSpace(next) || IsPunct(next));
        return c == '_'
            ? (left && (!right || IsPunct(prev)), right && (!left || IsPunct(next)))
            : (left, right);
    }

    private static bool IsPunct(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static int Pair(List<DelimiterRun> runs)
    {
        var removed = 0;
        var openers = new List<int>();
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.CanClose)
            {
                var match = openers.FindLastIndex(o => runs[o].Char == run.Char && runs[o].Length == run.Length);
                if (match >= 0)
                {
                    runs[openers[match]] = runs[openers[match]] with { Removed = true };
                    runs[r] = run with { Removed = true };
                    openers.RemoveRange(match, openers.Count - match);
                    removed += 2;
                    continue;
                }
            }

            if (run.CanOpen)
            {
                openers.Add(r);
            }
        }

        return removed;
    }

    private readonly record struct DelimiterRun(int Start, int Length, char Char, bool CanOpen, bool CanClose, bool Removed = false);
}

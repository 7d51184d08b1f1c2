using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Figures;

/// <summary>
/// Page furniture that contains digits but states no figure: phone numbers, page counters ("Page 2 of 5"), bylines
/// and datelines ("Published 5 January 2024"), list numbering. Quantities overlapping it are dropped.
/// </summary>
internal static class Furniture
{
    private static readonly string[] PhoneWords = ["tel", "phone", "call", "fax", "helpline", "hotline", "ring", "contact", "telephone", "mobile", "number"];

    private static readonly string[] BylineWords = ["published", "updated", "posted", "modified", "filed"];

    /// <summary>True when <paramref name="q"/> is furniture in <paramref name="s"/>.</summary>
    public static bool IsFurniture(TextScan s, Quantity q)
    {
        return InPhoneNumber(s.Text, q.Start, q.End) || IsPageCounter(s, q) || (IsByline(s) && q.Kind is FigureKind.Date or FigureKind.Year or FigureKind.Number);
    }

    /// <summary>"By Jane Smith, 5 January 2024", "Published: 5 January 2024", "Last updated 10:32".</summary>
    public static bool IsByline(TextScan s)
    {
        if (s.Count == 0)
        {
            return false;
        }

        if (s.Is(0, "by") && s.IsCapitalised(1) && s.Count < 16)
        {
            return true;
        }

        for (var i = 0; i < Math.Min(s.Count, 3); i++)
        {
            if (s.IsAny(i, BylineWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPageCounter(TextScan s, Quantity q)
    {
        var first = SubjectFinder.TokenAt(s, q.Start);
        return s.IsAny(first - 1, ["page", "p", "pp", "pg", "slide", "part", "step", "chapter", "no", "number"])
            || (s.Is(first - 1, ".") && s.IsAny(first - 2, ["p", "pp", "pg", "no"]));
    }

    /// <summary>A run of digit groups joined by spaces, dashes, dots or brackets that reads as a phone number.</summary>
    private static bool InPhoneNumber(string text, int start, int end)
    {
        // Phone numbers are short: looking 32 characters either way keeps long digit runs linear.
        var i = start;
        var floor = Math.Max(0, start - 32);
        while (i > floor && IsPhoneChar(text[i - 1]))
        {
            i--;
        }

        while (i < text.Length && !char.IsAsciiDigit(text[i]) && text[i] is not ('+' or '('))
        {
            i++;
        }

        var runStart = i;
        int digits = 0, groups = 0;
        var inGroup = false;
        var j = runStart;
        var ceiling = Math.Min(text.Length, end + 32);
        while (j < ceiling && IsPhoneChar(text[j]))
        {
            if (char.IsAsciiDigit(text[j]))
            {
                digits++;
                groups += inGroup ? 0 : 1;
                inGroup = true;
            }
            else
            {
                inGroup = false;
            }

            j++;
        }

        var lastDigit = j - 1;
        while (lastDigit > runStart && !char.IsAsciiDigit(text[lastDigit]))
        {
            lastDigit--;
        }

        // Digits glued to letters ("4G", "A321") are not a phone number.
        var glued = lastDigit + 1 < text.Length && char.IsLetter(text[lastDigit + 1]);
        if (lastDigit < start || runStart >= end || digits < 7 || groups < 2 || glued)
        {
            return false;
        }

        var first = text[runStart];
        if (first is '+' or '(' || (first == '0' && groups >= 2))
        {
            return true;
        }

        var before = text.AsSpan(Math.Max(0, runStart - 24), runStart - Math.Max(0, runStart - 24));
        foreach (var w in PhoneWords)
        {
            if (before.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPhoneChar(char c) => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '+' or '/' or '\u00A0';
}

namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Ranges: "5-10%", "$779m-798m", "between $1m and $2m", "from 10 to 20 hours", "20~100", "2004-05". The low end
/// takes the high end's unit ("5-10%") and multiplier ("3-5 million"). Not a range: "rose from $5m to $8m" (a
/// change), "3-1" (a score: the ends must rise), "75 -300mm" (an unbalanced dash).
/// </summary>
internal static class RangeReader
{
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "increase", "increases",
        "decreased", "decrease", "grew", "grown", "grow", "jumped", "jump", "dropped", "drop", "climbed", "climb", "cut",
        "raised", "raise", "slipped", "slumped", "soared", "surged", "plunged", "declined", "went", "moved", "changed",
        "up", "down", "boosted", "lifted", "lowered", "reduced", "expanded", "shrank", "doubled", "tripled", "halved",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeLookup = ChangeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The high end of a range starting with reading <paramref name="low"/>, or false.</summary>
    public static bool TryExtend(
        RecognitionContext c, int i, Reading low, out Reading lowOut, out Reading high, out int prefixStart)
    {
        lowOut = low;
        high = default;
        prefixStart = -1;
        var s = c.Scan;
        var k = low.End;
        if (k >= s.Count || low.Kind is FigureKind.Date || low.Flags.HasFlag(QuantityFlags.Identifier))
        {
            return false;
        }

        var between = s.Is(low.First - 1, "between");
        var from = s.Is(low.First - 1, "from");
        if (low.Kind == FigureKind.Year && s.IsPunct(k, '/') && s.Attached(k) && s.Attached(k + 1))
        {
            var next = NumberStartingNear(c, i + 1, k + 1);
            if (next >= 0 && TryYearRange(c, i, next, low, out high))
            {
                return true;
            }
        }

        bool dash = IsDash(s, k), word = s.IsAny(k, ["to", "through", "thru"]) || (between && s.Is(k, "and"));
        if (!dash && !word && !s.IsPunct(k, '~'))
        {
            return false;
        }

        if (dash && s.Attached(k) != s.Attached(k + 1))
        {
            return false;
        }

        if (word && IsChangeBefore(s, low.First - (from ? 2 : 1)))
        {
            return false;
        }

        var j = NumberStartingNear(c, i + 1, k + 1);
        if (j < 0)
        {
            return false;
        }

        if (low.Kind == FigureKind.Year && dash && TryYearRange(c, i, j, low, out high))
        {
            return true;
        }

        high = QuantityRecognizer.ReadSingle(c, j);
        if (high.First != k + 1 || high.Flags.HasFlag(QuantityFlags.Identifier))
        {
            return false;
        }

        if (!Compatible(c, i, j, ref low, high))
        {
            return false;
        }

        lowOut = low;
        prefixStart = between || from ? low.First - 1 : -1;
        return low.Value < high.Value;
    }

    private static bool Compatible(RecognitionContext c, int i, int j, ref Reading low, Reading high)
    {
        if (low.Kind == high.Kind && low.Unit == high.Unit)
        {
            if (low.Scale == 1m && high.Scale > 1m && !c.Numbers[i].Has(NumberFlags.Scaled)
                && Arithmetic.TryMultiply(low.Value, high.Scale, out var scaledSame) && scaledSame < high.Value)
            {
                low = low with { Value = scaledSame, Scale = high.Scale };
            }

            return true;
        }

        if (low.Kind != FigureKind.Number || high.Kind == FigureKind.Number || high.Kind == FigureKind.Year)
        {
            return false;
        }

        // "5-10%", "3-5 million people": the low end takes the high end's unit and multiplier.
        var value = low.Value;
        var n = c.Numbers[i];
        if (!n.Has(NumberFlags.Scaled) && high.Scale > 1m && Arithmetic.TryMultiply(value, high.Scale, out var scaled) && scaled < high.Value)
        {
            value = scaled;
        }

        low = low with
        {
            Value = value, Unit = high.Unit, Kind = high.Kind, Subtype = high.Subtype, Noun = high.Noun, Scale = high.Scale,
            Flags = low.Flags | QuantityFlags.BorrowedUnit,
        };
        return c.Numbers[j].First > n.First;
    }

    /// <summary>"2004-05", "2012–13", "1995-2000": a span of years.</summary>
    private static bool TryYearRange(RecognitionContext c, int i, int j, Reading low, out Reading high)
    {
        high = default;
        var s = c.Scan;
        var m = c.Numbers[j];
        if (!s.Attached(m.First) || !m.IsInteger || m.End - m.First != 1)
        {
            return false;
        }

        var digits = s[m.First].Length;
        var year = digits == 2 ? (decimal.Truncate(low.Value / 100) * 100) + m.Value : digits == 4 ? m.Value : -1;
        if (year <= low.Value || year - low.Value > 100)
        {
            return false;
        }

        high = new Reading(m.First, m.End, year, "year", FigureKind.Year, LastNumber: j);
        _ = i;
        return true;
    }

    private static int NumberStartingNear(RecognitionContext c, int from, int token)
    {
        for (var j = from; j < c.Numbers.Count; j++)
        {
            var n = c.Numbers[j];
            if (c.Used[j] || n.First > token + 4)
            {
                return -1;
            }

            if (n.First >= token)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsDash(TextScan s, int k) => s.IsPunct(k, '-') || s.IsPunct(k, '–') || s.IsPunct(k, '‐');

    /// <summary>A change verb within three words before: "increased this from £6 to £10", "rose 5% to".</summary>
    private static bool IsChangeBefore(TextScan s, int k)
    {
        for (var i = k; i > k - 3 && i >= 0; i--)
        {
            if (s.IsWord(i) && ChangeLookup.Contains(s.L(i)))
            {
                return true;
            }

            if (!s.IsWord(i))
            {
                return false;
            }
        }

        return false;
    }
}

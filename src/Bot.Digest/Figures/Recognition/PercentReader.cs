namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Percentages ("76%", "27 %", "5 per cent", "10 percent", "5pc", "percent of 10") and percentage points
/// ("2 percentage points", "2pp", "2% points"); basis points are kept as "bp".
/// </summary>
internal static class PercentReader
{
    public static bool TryRead(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (n.Has(NumberFlags.AttachedLeft))
        {
            return false;
        }

        var k = n.End;
        if (s.IsPunct(k, '-') && s.Attached(k) && s.Attached(k + 1))
        {
            k++;
        }

        int end;
        if (s.IsPunct(k, '%') || s.IsPunct(k, '％'))
        {
            end = k + 1;
        }
        else if (s.IsAny(k, ["percent", "percents", "pct"]) || (s.Is(k, "pc") && s.Attached(k)))
        {
            end = k + 1;
        }
        else if (s.Is(k, "per") && s.Is(k + 1, "cent"))
        {
            end = k + 2;
        }
        else if (s.Is(k, "percentage") && !s.IsAny(k + 1, ["point", "points"]))
        {
            end = k + 1;
        }
        else if (s.Is(k, "percentage") || s.IsAny(k, ["pp", "ppt", "ppts"]))
        {
            end = s.IsAny(k + 1, ["point", "points"]) ? k + 2 : k + 1;
            r = new Reading(n.First, end, n.Value, "pp", FigureKind.PercentagePoints, LastNumber: i);
            return true;
        }
        else if (s.Is(k, "basis") && s.IsAny(k + 1, ["point", "points"]) || s.IsAny(k, ["bp", "bps"]))
        {
            end = s.Is(k, "basis") ? k + 2 : k + 1;
            r = new Reading(n.First, end, n.Value, "bp", FigureKind.PercentagePoints, LastNumber: i);
            return true;
        }
        else
        {
            return false;
        }

        if (s.Attached(end) && s.IsWord(end))
        {
            return false;
        }

        if (s.IsAny(end, ["point", "points"]) && s.Text[s[k].Start] == '%')
        {
            r = new Reading(n.First, end + 1, n.Value, "pp", FigureKind.PercentagePoints, LastNumber: i);
            return true;
        }

        r = new Reading(n.First, end, n.Value, "%", FigureKind.Percent, LastNumber: i);
        return true;
    }

    /// <summary>"percent of 10", "per cent of twenty-two": the percentage word comes first.</summary>
    public static bool TryReadPrefixed(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (!s.Is(n.First - 1, "of"))
        {
            return false;
        }

        var p = n.First - 2;
        int start;
        if (s.IsAny(p, ["percent", "percents"]))
        {
            start = p;
        }
        else if (s.Is(p, "cent") && s.Is(p - 1, "per"))
        {
            start = p - 1;
        }
        else
        {
            return false;
        }

        // "10 percent of 20" is 10% of a plain 20.
        if (start < c.Floor || (start > 0 && IsNumberEnd(c, start)))
        {
            return false;
        }

        r = new Reading(start, n.End, n.Value, "%", FigureKind.Percent, LastNumber: i);
        return true;
    }

    private static bool IsNumberEnd(RecognitionContext c, int token)
    {
        // Numbers do not overlap, so the one ending at the token is the last one starting before it.
        var idx = c.FirstNumberAtOrAfter(token) - 1;
        return idx >= 0 && c.Numbers[idx].End == token;
    }
}

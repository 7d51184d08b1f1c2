namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Durations ("80 hours", "three weeks", "18 months", "a five-year plan") and ages ("five years old",
/// "18-month-old", "3 years of age", "87 yo", "aged 31"). Units are singular names: "hour", "year", ...
/// </summary>
internal static class DurationReader
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["millisecond"] = "millisecond", ["milliseconds"] = "millisecond",
        ["second"] = "second", ["seconds"] = "second", ["sec"] = "second", ["secs"] = "second",
        ["minute"] = "minute", ["minutes"] = "minute", ["min"] = "minute", ["mins"] = "minute",
        ["hour"] = "hour", ["hours"] = "hour", ["hr"] = "hour", ["hrs"] = "hour",
        ["day"] = "day", ["days"] = "day", ["night"] = "night", ["nights"] = "night",
        ["week"] = "week", ["weeks"] = "week", ["wk"] = "week", ["wks"] = "week", ["fortnight"] = "fortnight", ["fortnights"] = "fortnight",
        ["month"] = "month", ["months"] = "month",
        ["year"] = "year", ["years"] = "year", ["yr"] = "year", ["yrs"] = "year",
        ["decade"] = "decade", ["decades"] = "decade", ["century"] = "century", ["centuries"] = "century",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsUnit(TextScan s, int k) => s.IsWord(k) && Lookup.ContainsKey(s.L(k));

    public static bool TryRead(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (n.Has(NumberFlags.AttachedLeft) || (n.Has(NumberFlags.AttachedRight) && !IsUnit(s, n.End)))
        {
            return false;
        }

        var k = n.End;
        var hyphen = s.IsPunct(k, '-') && s.Attached(k) && s.Attached(k + 1);
        if (hyphen)
        {
            k++;
        }

        if (s.Is(k, "yo") && !hyphen)
        {
            r = new Reading(n.First, k + 1, n.Value, "year", FigureKind.Duration, "Age", LastNumber: i);
            return true;
        }

        if (!s.IsWord(k) || !Lookup.TryGetValue(s.L(k), out var unit) || (s.Attached(k + 1) && s.IsWord(k + 1)))
        {
            return false;
        }

        var end = k + 1;
        string? subtype = null;
        if (s.Is(end, "old") || (s.IsPunct(end, '-') && s.Attached(end) && s.Is(end + 1, "old")))
        {
            end = s.Is(end, "old") ? end + 1 : end + 2;
            subtype = "Age";
        }
        else if (s.Is(end, "of") && s.Is(end + 1, "age"))
        {
            end += 2;
            subtype = "Age";
        }

        var start = n.First;
        if (subtype is null && s.Is(start - 1, "aged") && start - 1 >= c.Floor)
        {
            subtype = "Age";
        }

        r = new Reading(start, end, n.Value, unit, FigureKind.Duration, subtype, LastNumber: i);
        return true;
    }

    /// <summary>"aged 31": an age without a unit word.</summary>
    public static bool TryReadAged(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (!s.IsAny(n.First - 1, ["aged", "age"]) || n.First - 1 < c.Floor || !n.IsInteger || n.Value is < 1 or > 130 || s.Attached(n.End))
        {
            return false;
        }

        r = new Reading(n.First - 1, n.End, n.Value, "year", FigureKind.Duration, "Age", LastNumber: i);
        return true;
    }
}

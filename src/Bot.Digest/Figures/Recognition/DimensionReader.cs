namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Measurements: "5 km", "3.5 kg", "40,000-tonne", "2 TB", "660 square meters", "188 miles an hour", "20 (kg)",
/// "5 ft 2 in", "1m barrels" (a million barrels). A lone "m" is metres ("1.8m tall", "100m hurdles") and is flagged
/// ambiguous when nothing around it says length, because British news also writes millions that way.
/// </summary>
internal static class DimensionReader
{
    private static readonly string[] LengthCues =
        ["tall", "high", "long", "deep", "wide", "away", "apart", "below", "above", "across", "race", "hurdles", "sprint",
         "final", "title", "champion", "freestyle", "relay", "record", "metres", "jump", "drop", "stretch", "hurdler"];

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
        var value = n.Value;
        var scale = n.Scale;
        if (s.IsWord(k) && s.T(k) is "m" && !(s.Attached(k + 1) && s.IsKind(k + 1, TokenKind.Digits)))
        {
            if (UnitLexicon.Table.TryMatch(s, k + 1, out var after, out var afterEnd) && !after.Flags.HasFlag(UnitFlags.AttachedOnly)
                && !after.Flags.HasFlag(UnitFlags.Degrees) && after.Unit != "m")
            {
                // "1m barrels", "110m tons": millions of a unit.
                r = new Reading(n.First, afterEnd, value * 1_000_000m, after.Unit, FigureKind.Dimension, after.Subtype, LastNumber: i, Scale: 1_000_000m);
                return true;
            }

            if (!HasLengthCue(s, k + 1) && (CountReader.StartsNoun(s, k + 1) || CurrencyLexicon.Words.TryMatch(s, k + 1, out _, out _)))
            {
                return false;
            }
        }

        var open = -1;
        if (s.IsPunct(k, '(') || s.IsPunct(k, '[') || s.IsPunct(k, '{') || s.IsPunct(k, '<'))
        {
            open = k;
            k++;
        }
        else if ((s.IsPunct(k, '-') || s.IsPunct(k, '‐')) && s.Attached(k) && s.Attached(k + 1))
        {
            k++;
        }

        if (!UnitLexicon.Table.TryMatch(s, k, out var info, out var end))
        {
            return TryInchMark(c, i, k, out r);
        }

        if ((info.Flags.HasFlag(UnitFlags.AttachedOnly) && !s.Attached(k))
            || (info.Flags.HasFlag(UnitFlags.NeedsDigits) && !n.Has(NumberFlags.Digits) && !n.Has(NumberFlags.Fraction))
            || (n.First > 0 && IsTitleWord(s, k))
            || (s.Attached(end) && !s.IsKind(end, TokenKind.Punct))
            || (info.Flags.HasFlag(UnitFlags.Degrees) && !c.AngleContext && k == n.End)
            || (s.Attached(end) && (s.IsPunct(end, '/') || s.IsPunct(end, '-')) && s.Attached(end + 1) && !s.IsPunct(end + 1, '-')))
        {
            return false;
        }

        if (open >= 0)
        {
            if (!s.IsPunct(end, ')') && !s.IsPunct(end, ']') && !s.IsPunct(end, '}') && !s.IsPunct(end, '>'))
            {
                return false;
            }

            end++;
        }

        var flags = QuantityFlags.None;
        if (info.Unit == "m" && s.L(k) is "m" && !HasLengthCue(s, end))
        {
            flags |= QuantityFlags.Ambiguous;
        }

        r = new Reading(n.First, end, value, info.Unit, FigureKind.Dimension, info.Subtype, flags, LastNumber: i, Scale: scale);
        if (info.Unit == "ft")
        {
            AddInches(c, i, ref r);
        }

        return true;
    }

    private static bool HasLengthCue(TextScan s, int end) => s.IsAny(end, LengthCues);

    /// <summary>"21 Grams" (a film): a capitalised unit word, not an abbreviation like "GB" or "MW".</summary>
    private static bool IsTitleWord(TextScan s, int k)
    {
        var t = s.T(k);
        return t.Length > 2 && char.IsUpper(t[0]) && char.IsLower(t[1]) && k > 0;
    }

    /// <summary>"hurdles", "race", "tall": words that make a glued "m" metres.</summary>
    public static bool IsLengthCue(TextScan s, int k) => HasLengthCue(s, k);

    /// <summary>"5 ft 2 in", "5 feet and 2 inches": feet with the inches added (value in feet).</summary>
    private static void AddInches(RecognitionContext c, int i, ref Reading r)
    {
        var s = c.Scan;
        if (i + 1 >= c.Numbers.Count)
        {
            return;
        }

        var k = r.End;
        if (s.Is(k, "and"))
        {
            k++;
        }

        var inches = c.Numbers[i + 1];
        var after = inches.End;
        if (inches.First != k || inches.Value is < 0 or >= 12 || !s.IsAny(after, ["in", "inch", "inches"]))
        {
            return;
        }

        r = r with { Value = r.Value + (inches.Value / 12m), End = after + 1, LastNumber = i + 1 };
    }

    /// <summary>'10 " long': a spaced inch mark, only when a size word follows.</summary>
    private static bool TryInchMark(RecognitionContext c, int i, int k, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (!s.IsPunct(k, '"') || s.Attached(k) || !s.IsAny(k + 1, ["long", "wide", "tall", "high", "thick", "deep", "screen", "display"]))
        {
            return false;
        }

        r = new Reading(n.First, k + 1, n.Value, "in", FigureKind.Dimension, "Length", LastNumber: i);
        return true;
    }
}

namespace Bot.Digest.Figures.Recognition;

/// <summary>Quantities that do not start at a number: "tenfold", and units named alone ("the dollar", "%").</summary>
internal static class ExtraReaders
{
    public static void AddFoldWords(TextScan s, List<Quantity> into)
    {
        bool[]? covered = null;
        for (var t = 0; t < s.Count; t++)
        {
            if (s.IsWord(t) && s[t].Length > 4 && s.L(t).EndsWith("fold", StringComparison.Ordinal)
                && MultipleReader.TryFoldWord(s, t, out var value) && !(covered ??= Coverage(s, into))[t])
            {
                into.Add(new Quantity(s.Start(t), s.End(t), value, "x", FigureKind.Multiple, Flags: QuantityFlags.Spelled, FirstToken: t, EndToken: t + 1));
            }
        }
    }

    /// <summary>
    /// A curated set of unit names that mean the unit even without a number (currency names, percent words,
    /// temperature scales, mass units). Reported with a null value, as Recognizers-Text does; never key figures.
    /// Everyday words that double as units ("barrel", "foot", "pound", "turn") are not in the set.
    /// </summary>
    public static void AddBareMentions(TextScan s, List<Quantity> into)
    {
        var covered = Coverage(s, into);

        for (var t = 0; t < s.Count; t++)
        {
            if (covered[t])
            {
                continue;
            }

            if (TryBare(s, t, out var unit, out var kind, out var end))
            {
                into.Add(new Quantity(s.Start(t), s.End(end - 1), null, unit, kind, Flags: QuantityFlags.Bare, FirstToken: t, EndToken: end));
                t = end - 1;
            }
        }
    }

    private static bool TryBare(TextScan s, int t, out string unit, out FigureKind kind, out int end)
    {
        unit = "";
        kind = FigureKind.Number;
        end = t + 1;
        if (s.IsPunct(t, '%'))
        {
            unit = "%";
            kind = FigureKind.Percent;
            return true;
        }

        if (!s.IsWord(t) || (s.Attached(t) && s.IsWord(t - 1)))
        {
            return false;
        }

        switch (s.L(t))
        {
            case "percent" or "percents":
                (unit, kind) = ("%", FigureKind.Percent);
                return true;
            case "percentage" when !s.IsAny(t + 1, ["point", "points"]):
                (unit, kind) = ("%", FigureKind.Percent);
                return true;
            case "per" when s.Is(t + 1, "cent"):
                (unit, kind, end) = ("%", FigureKind.Percent, t + 2);
                return true;
            case "celsius" or "celcius" or "centigrade" or "centigrate":
                (unit, kind) = ("°C", FigureKind.Temperature);
                return true;
            case "fahrenheit" or "farenheit":
                (unit, kind) = ("°F", FigureKind.Temperature);
                return true;
            case "degrees" or "degree" when s.IsAny(t + 1, ["celsius", "fahrenheit", "centigrade"]):
                (unit, kind, end) = (s.Is(t + 1, "fahrenheit") ? "°F" : "°C", FigureKind.Temperature, t + 2);
                return true;
        }

        if (CurrencyLexicon.Words.TryMatch(s, t, out var money, out var moneyEnd) && money.Bare && !s.Attached(moneyEnd))
        {
            (unit, kind, end) = (money.Code, FigureKind.Money, moneyEnd);
            return true;
        }

        if (UnitLexicon.Table.TryMatch(s, t, out var info, out var unitEnd) && info.Flags.HasFlag(UnitFlags.Bare) && !s.Attached(unitEnd))
        {
            (unit, kind, end) = (info.Unit, FigureKind.Dimension, unitEnd);
            return true;
        }

        return false;
    }

    /// <summary>Which tokens some quantity already covers.</summary>
    private static bool[] Coverage(TextScan s, List<Quantity> quantities)
    {
        var covered = new bool[s.Count + 1];
        foreach (var q in quantities)
        {
            for (var t = Math.Max(0, q.FirstToken); t < q.EndToken && t < covered.Length; t++)
            {
                covered[t] = true;
            }
        }

        return covered;
    }
}

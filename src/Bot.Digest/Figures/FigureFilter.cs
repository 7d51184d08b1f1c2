using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Figures;

/// <summary>
/// Which recognised quantities are figures worth showing: no bare units, names ("G7", "A321", "Covid-19"), guesses
/// ("11.9m" with nothing to say metres or millions), furniture, or standalone small numbers without a unit or noun.
/// A plain number stays only when it is large and written as an amount ("157,000", "38 million").
/// </summary>
internal static class FigureFilter
{
    public static bool Keep(TextScan s, Quantity q)
    {
        if (q.Value is null || q.Has(QuantityFlags.Identifier) || q.Has(QuantityFlags.Ambiguous) || q.Has(QuantityFlags.Bare))
        {
            return false;
        }

        if (q.Kind == FigureKind.Number && !IsAmountLike(s, q))
        {
            return false;
        }

        if ((q.Number & NumberFlags.Giga) != 0 || IsAnaphoricCount(s, q))
        {
            return false;
        }

        return !Furniture.IsFurniture(s, q);
    }

    /// <summary>"the two firms", "both sides": a small spelled count that refers back, not a figure.</summary>
    private static bool IsAnaphoricCount(TextScan s, Quantity q) =>
        q.Kind == FigureKind.Count && q.Has(QuantityFlags.Spelled) && q.Value < 10
        && s.IsAny(q.FirstToken - 1, ["the", "these", "those", "its", "their", "his", "her", "our", "both", "all", "my", "your"]);

    private static bool IsAmountLike(TextScan s, Quantity q)
    {
        var flags = q.Number;
        if ((flags & NumberFlags.Scaled) != 0 && Math.Abs(q.Value!.Value) >= 1000)
        {
            return true;
        }

        if ((flags & NumberFlags.Grouped) != 0 && Math.Abs(q.Value!.Value) >= 1000)
        {
            return true;
        }

        // "two-thirds of the world's population", "one in five of": a share of something; a lone "half" or
        // "a third" is too often an ordinal or a half of a year.
        return (flags & NumberFlags.Fraction) != 0 && (flags & NumberFlags.Article) == 0 && q.Value is > 0 and < 1
            && q.EndToken - q.FirstToken >= 2 && s.Is(q.EndToken, "of");
    }
}

using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Figures;

/// <summary>One statement of a figure in one sentence (or the title), with what ranking needs to know.</summary>
internal sealed record FigureMention(KeyFigure Figure, Quantity Quantity, int Ordinal, int Paragraph, bool IsTitle, bool Compared)
{
    public (FigureKind, decimal, decimal?, string) Key => (Figure.Kind, Figure.Value, Figure.UpperValue, Figure.Unit.ToLowerInvariant());

    public bool IsLead => !IsTitle && Figure.Section == 0 && Paragraph == 0;
}

/// <summary>
/// Merges repeated figures and ranks them: figures in the title and the lead first, then repeated and compared
/// figures, money and shares before counts and durations, dates and bare years last; stable for equal scores
/// (article order). The weights are documented in docs/figures.md.
/// </summary>
internal static class FigureRanker
{
    private static readonly HashSet<string> ComparisonCues =
        new(["compared", "comparison", "than", "versus", "vs", "whereas", "against", "compares"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = ComparisonCues.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool HasComparisonCue(TextScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i) && CueLookup.Contains(s.L(i)))
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyList<KeyFigure> Rank(List<FigureMention> mentions)
    {
        var groups = new Dictionary<(FigureKind, decimal, decimal?, string), List<FigureMention>>();
        var order = new List<(FigureKind, decimal, decimal?, string)>();
        foreach (var m in mentions)
        {
            if (!groups.TryGetValue(m.Key, out var list))
            {
                list = [];
                groups[m.Key] = list;
                order.Add(m.Key);
            }

            list.Add(m);
        }

        var ranked = new List<(KeyFigure Figure, double Score, int Order)>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            var list = groups[order[i]];
            var chosen = Representative(list);
            var figure = chosen.Figure with { Mentions = list.Count };
            ranked.Add((figure, Score(list, figure), i));
        }

        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        return [.. ranked.Select(r => r.Figure)];
    }

    /// <summary>The body's wording over the title's ("just $294,000" over "$294K"); a stated subject if any.</summary>
    private static FigureMention Representative(List<FigureMention> list)
    {
        FigureMention? firstBody = null;
        foreach (var m in list)
        {
            if (m.IsTitle)
            {
                continue;
            }

            firstBody ??= m;
            if (m.Figure.Subject is not null)
            {
                return m;
            }
        }

        return firstBody ?? list[0];
    }

    private static double Score(List<FigureMention> list, KeyFigure figure)
    {
        var score = KindWeight(figure);
        var position = 0.0;
        var compared = false;
        foreach (var m in list)
        {
            var p = m.IsTitle ? 5.0 : m.IsLead ? 3.0 : m.Figure.Section == 0 ? 1.5 : 1.5 / (1 + (m.Ordinal / 8.0));
            position = Math.Max(position, p);
            compared |= m.Compared;
        }

        score += position;
        score += 2.0 * Math.Min(list.Count - 1, 2);
        if (compared && figure.Kind is not (FigureKind.Date or FigureKind.Year))
        {
            score += 1.0;
        }

        if (figure.Subject is not null)
        {
            score += 0.5;
        }

        var q = list[0].Quantity;
        if (q.Has(QuantityFlags.Spelled) && Math.Abs(figure.Value) < 10 && figure.Kind is FigureKind.Count or FigureKind.Duration)
        {
            score -= figure.Kind == FigureKind.Count ? 2.5 : 1.0;
        }

        return score;
    }

    private static double KindWeight(KeyFigure f) => f.Kind switch
    {
        FigureKind.Money => 6,
        FigureKind.Percent or FigureKind.PercentagePoints => 5,
        FigureKind.Multiple => 4.5,
        FigureKind.Count => Math.Abs(f.Value) >= 100 ? 5 : 4,
        FigureKind.Duration or FigureKind.Dimension or FigureKind.Temperature => 3.5,
        FigureKind.Date => f.Value >= 10000 ? 3 : 1.5,
        FigureKind.Number => 2.5,
        _ => 1.5,
    };
}

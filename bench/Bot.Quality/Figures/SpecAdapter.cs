using Bot.Digest.Figures;
using Bot.Digest.Figures.Recognition;

namespace Bot.Quality.Figures;

/// <summary>
/// What our recogniser reports for a spec input, in the spec's terms: the number layer for the Number model, the
/// quantities of the model's kind otherwise (ranges count as their two ends, as Recognizers-Text reports them).
/// </summary>
public static class SpecAdapter
{
    public static IReadOnlyList<SpecEntity> Recognize(string input, SpecModel model)
    {
        var scan = new TextScan(input);
        if (model == SpecModel.Number)
        {
            return [.. NumberScanner.Scan(scan)
                .Where(n => !n.Has(NumberFlags.AttachedLeft) && !n.Has(NumberFlags.AttachedRight))
                .Select(n => Entity(input, scan.Start(n.First), scan.End(n.End - 1), n.Value, ""))];
        }

        var result = new List<SpecEntity>();
        foreach (var q in QuantityRecognizer.Recognize(scan, out _).Where(q => Wanted(q, model)))
        {
            if (q.Upper is { } upper)
            {
                // The spec reports a unit only where the text writes one: "eight to 10 feet" is 10 feet.
                if (!q.Has(QuantityFlags.BorrowedUnit))
                {
                    result.Add(Entity(input, q.Start, q.LowEnd, q.Value, q.Unit));
                }

                result.Add(Entity(input, q.HighStart, q.End, upper, q.Unit));
            }
            else
            {
                result.Add(Entity(input, q.Start, q.End, q.Value, q.Unit));
            }
        }

        return result;
    }

    private static bool Wanted(Quantity q, SpecModel model) => model switch
    {
        SpecModel.Currency => q.Kind == FigureKind.Money,
        SpecModel.Percent => q.Kind == FigureKind.Percent,
        SpecModel.Dimension => q.Kind == FigureKind.Dimension,
        SpecModel.Temperature => q.Kind == FigureKind.Temperature,
        SpecModel.Age => q.Kind == FigureKind.Duration && q.Subtype == "Age",
        _ => false,
    };

    /// <summary>A span [start, end) as a spec entity (inclusive end, lower-cased text as in the spec files).</summary>
    private static SpecEntity Entity(string input, int start, int end, decimal? value, string unit) =>
        new(input[start..end].ToLowerInvariant(), start, end - 1, value, unit);
}

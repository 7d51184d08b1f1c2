using Bot.Digest.Figures;
using Bot.Digest.Summarize.Guard;

namespace Bot.Tests.Summarizing.Fakes;

/// <summary>
/// A hand-written recogniser that knows a fixed table of the seed article's phrasings (longest first, no overlaps), so
/// the summarizer's tests do not move when the figure recogniser is tuned; the production default
/// (<see cref="ExtractorFigureRecognizer"/>) is used by the built-bot and CLI tests.
/// </summary>
internal sealed class TableRecognizer(params (string Text, decimal Value, string Unit, FigureKind Kind, string? Qualifier)[] table) : IFigureRecognizer
{
    public static TableRecognizer Seed { get; } = new(
        ("just $294,000", 294_000m, "USD", FigureKind.Money, "just"),
        ("$294,000", 294_000m, "USD", FigureKind.Money, null),
        ("$294K", 294_000m, "USD", FigureKind.Money, null),
        ("$300,000", 300_000m, "USD", FigureKind.Money, null),
        ("512", 512m, "chip", FigureKind.Count, null),
        ("just 80 hours", 80m, "hour", FigureKind.Duration, "just"),
        ("80 hours", 80m, "hour", FigureKind.Duration, null),
        ("2023", 2023m, "year", FigureKind.Year, null),
        ("January 2025", 202501m, "date", FigureKind.Date, null),
        ("well over $100 million", 100_000_000m, "USD", FigureKind.Money, "well over"),
        ("over $100 million", 100_000_000m, "USD", FigureKind.Money, "over"),
        ("$100 million", 100_000_000m, "USD", FigureKind.Money, null));

    public IReadOnlyList<KeyFigure> Recognize(string text)
    {
        var taken = new bool[text.Length];
        var found = new List<KeyFigure>();
        foreach (var (span, value, unit, kind, qualifier) in table.OrderByDescending(t => t.Text.Length))
        {
            for (var at = text.IndexOf(span, StringComparison.Ordinal); at >= 0; at = text.IndexOf(span, at + 1, StringComparison.Ordinal))
            {
                if (taken.AsSpan(at, span.Length).Contains(true) || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
                {
                    continue;
                }

                taken.AsSpan(at, span.Length).Fill(true);
                found.Add(new KeyFigure(span, value, unit, kind, qualifier, null, text, 0, at));
            }
        }

        return found;
    }
}

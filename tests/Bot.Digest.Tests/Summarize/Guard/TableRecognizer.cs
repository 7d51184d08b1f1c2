using Bot.Digest.Figures;
using Bot.Digest.Summarize.Guard;

namespace Bot.Digest.Tests.Summarize.Guard;

/// <summary>
/// A hand-written recogniser that knows a fixed table of phrasings (longest first, no overlaps), so the guard's rule
/// tests do not depend on the figure recogniser's tuning: it stands for "the recogniser read this span as this value,
/// unit and qualifier". ExtractorRecognizerTests cover the production recogniser.
/// </summary>
internal sealed class TableRecognizer(params (string Text, decimal Value, string Unit, FigureKind Kind, string? Qualifier)[] table) : IFigureRecognizer
{
    public static TableRecognizer Seed { get; } = new(
        ("just $294,000", 294_000m, "USD", FigureKind.Money, "just"),
        ("$294,000", 294_000m, "USD", FigureKind.Money, null),
        ("$294K", 294_000m, "USD", FigureKind.Money, null),
        ("about $294,000", 294_000m, "USD", FigureKind.Money, "about"),
        ("$300,000", 300_000m, "USD", FigureKind.Money, null),
        ("512", 512m, "chip", FigureKind.Count, null),
        ("just 80 hours", 80m, "hour", FigureKind.Duration, "just"),
        ("80 hours", 80m, "hour", FigureKind.Duration, null),
        ("2023", 2023m, "year", FigureKind.Year, null),
        ("2030", 2030m, "year", FigureKind.Year, null),
        ("well over $100 million", 100_000_000m, "USD", FigureKind.Money, "well over"),
        ("over $100 million", 100_000_000m, "USD", FigureKind.Money, "over"),
        ("nearly $100 million", 100_000_000m, "USD", FigureKind.Money, "nearly"),
        ("$100 million", 100_000_000m, "USD", FigureKind.Money, null),
        ("$120 million", 120_000_000m, "USD", FigureKind.Money, null),
        ("100 million", 100_000_000m, "", FigureKind.Number, null));

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

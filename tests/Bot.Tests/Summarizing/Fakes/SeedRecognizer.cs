using Bot.Digest.Figures;
using Bot.Digest.Summarize.Guard;
using Bot.Digest.Tests.Summarize.Guard;

namespace Bot.Tests.Summarizing.Fakes;

/// <summary>
/// The seed article's phrasings for <see cref="TableRecognizer"/> (the guard tests' hand-written recogniser, compiled in
/// from tests/Bot.Digest.Tests), so the summarizer's tests do not move when the figure recogniser is tuned; the
/// production default (<see cref="ExtractorFigureRecognizer"/>) is used by the built-bot and CLI tests.
/// </summary>
internal static class SeedRecognizer
{
    public static TableRecognizer Instance { get; } = new(
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
}

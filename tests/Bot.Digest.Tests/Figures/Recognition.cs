using Bot.Digest.Figures;
using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

/// <summary>Small helpers over the recogniser for table-driven tests.</summary>
internal static class Recognition
{
    /// <summary>The quantities with a value (bare unit mentions left out).</summary>
    public static List<Quantity> Valued(string text) => [.. QuantityRecognizer.Recognize(text).Where(q => q.Value is not null)];

    /// <summary>The one quantity of <paramref name="kind"/> in <paramref name="text"/>; fails when there is not exactly one.</summary>
    public static Quantity Single(string text, FigureKind kind) => Assert.Single(Valued(text), q => q.Kind == kind);

    /// <summary>The text a quantity covers, qualifier included.</summary>
    public static string Span(string text, Quantity q) => text[q.SpanStart..q.End];
}

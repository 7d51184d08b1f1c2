using Bot.Digest.Figures;

namespace Bot.Digest.Summarize.Guard;

/// <summary>The default recogniser: the digest engine's own figure reader over one piece of text, every mention
/// (unranked, repeats kept, so each span of the text is accounted for); furniture it drops stays unrecognised, which
/// the guard treats as unverifiable.</summary>
public sealed class ExtractorFigureRecognizer : IFigureRecognizer
{
    public static ExtractorFigureRecognizer Instance { get; } = new();

    public IReadOnlyList<KeyFigure> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FigureExtractor.ExtractSentence(text);
    }
}

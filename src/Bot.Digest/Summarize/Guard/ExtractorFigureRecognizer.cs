using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize.Guard;

/// <summary>The default recogniser: the digest engine's own figure extractor over one piece of text.</summary>
public sealed class ExtractorFigureRecognizer : IFigureRecognizer
{
    public static ExtractorFigureRecognizer Instance { get; } = new();

    public IReadOnlyList<KeyFigure> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var article = new Article("guard", null, [new ArticleSection(0, null, [text])]);
        return FigureExtractor.Extract([new Sentence(text, 0, 0, 0, 0)], article);
    }
}

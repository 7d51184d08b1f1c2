using Bot.Digest.Ingest;

namespace Bot.Digest.Figures;

/// <summary>STUB (foundation): finds nothing; the figures work replaces it.</summary>
public static class FigureExtractor
{
    /// <summary>Every figure in the article's sentences, ranked (most important first), furniture dropped.</summary>
    public static IReadOnlyList<KeyFigure> Extract(IReadOnlyList<Sentence> sentences, Article article) => [];
}

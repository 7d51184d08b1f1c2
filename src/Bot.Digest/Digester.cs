using Bot.Digest.Figures;
using Bot.Digest.Ingest;
using Bot.Digest.Summarize;

namespace Bot.Digest;

/// <summary>
/// The front door of the digest engine: article → <see cref="NewsDigest"/>. Synchronous, deterministic and offline:
/// the same article gives the same digest on every machine.
/// </summary>
public sealed class Digester(DigestOptions options)
{
    public Digester()
        : this(new DigestOptions())
    {
    }

    public DigestOptions Options => options;

    public NewsDigest Digest(Article article) => Digest(article, options);

    public static NewsDigest Digest(Article article, DigestOptions digestOptions)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = SentenceSplitter.Split(article);
        var figures = FigureExtractor.Extract(sentences, article);
        var draft = ExtractiveSummary.Write(article, sentences, figures, digestOptions);
        return new NewsDigest(
            article.Source,
            article.Title ?? draft.Tldr,
            draft.Tldr,
            draft.Bullets,
            draft.Sections,
            figures,
            new DigestProvenance(article.WordCount, article.Completeness, DigestProvenance.Extractive),
            article.Url,
            article.Byline,
            article.Published);
    }

    /// <summary>Every key figure of the article, ranked; the same list <see cref="Digest(Article)"/> carries.</summary>
    public static IReadOnlyList<KeyFigure> Figures(Article article) =>
        FigureExtractor.Extract(SentenceSplitter.Split(article), article);
}

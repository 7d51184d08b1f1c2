namespace Bot.Digest.Ingest;

/// <summary>
/// A parsed article: what ingestion produces and everything downstream reads.
/// <see cref="Sections"/>[0] is always the lead (no heading, possibly empty); sections 1..n follow the
/// article's headings in order, so "section 1" means the first heading after the lead.
/// </summary>
public sealed record Article(
    string Source,
    string? Title,
    IReadOnlyList<ArticleSection> Sections,
    string? Url = null,
    string? Byline = null,
    DateTimeOffset? Published = null,
    ArticleCompleteness Completeness = ArticleCompleteness.FullText)
{
    /// <summary>The sections that have a heading (index 1..n); the lead is not one of them.</summary>
    public IEnumerable<ArticleSection> HeadedSections => Sections.Where(s => s.Index > 0);

    public int WordCount => Sections.Sum(s => s.WordCount);
}

/// <summary>A run of paragraphs under one heading. Index 0 is the lead and has no heading.</summary>
public sealed record ArticleSection(int Index, string? Heading, IReadOnlyList<string> Paragraphs)
{
    public int WordCount => Paragraphs.Sum(WordCounter.Count);
}

/// <summary>How much of the article the text holds; the digest footer says so.</summary>
public enum ArticleCompleteness
{
    FullText,
    Teaser,
}

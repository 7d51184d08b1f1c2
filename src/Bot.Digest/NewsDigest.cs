using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest;

/// <summary>
/// The digest of one article: what the bot posts and what follow-up commands read.
/// Every bullet is built from the article's own sentences (or, in model mode, checked against them).
/// </summary>
public sealed record NewsDigest(
    string Source,
    string Title,
    string Tldr,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<SectionDigest> Sections,
    IReadOnlyList<KeyFigure> Figures,
    DigestProvenance Provenance,
    string? Url = null,
    string? Byline = null,
    DateTimeOffset? Published = null);

/// <summary>One headed section (index 1..n, as in <see cref="Article.Sections"/>) and its 1–3 bullets.</summary>
public sealed record SectionDigest(int Index, string Title, IReadOnlyList<string> Bullets);

/// <summary>What the digest was built from and how; rendered as the footer
/// ("summarised from 1,240 words, full text").</summary>
public sealed record DigestProvenance(int WordCount, ArticleCompleteness Completeness, string Method)
{
    public const string Extractive = "extractive";
}

using System.Globalization;
using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;
using Bot.Digest.Sections;

namespace Bot.Cli;

/// <summary>Builds the <see cref="DigestLine"/> each command prints from the engine's records.</summary>
internal static class DigestLines
{
    /// <summary>digest (figures included) and summary (figures null); <paramref name="section"/> narrows sections.</summary>
    public static DigestLine FromDigest(NewsDigest digest, bool withFigures, SectionRef? section) => new(
        digest.Source,
        digest.Url,
        digest.Title,
        digest.Byline,
        Date(digest.Published),
        digest.Provenance.WordCount,
        Completeness(digest.Provenance.Completeness),
        digest.Provenance.Method,
        digest.Tldr,
        digest.Bullets,
        digest.Sections
            .Where(s => section is null || s.Index == section.Index)
            .Select(s => new SectionLine(s.Index, s.Title, s.Bullets))
            .ToList(),
        withFigures ? digest.Figures.Where(f => section is null || f.Section == section.Index).Select(Figure).ToList() : null);

    /// <summary>figures: straight from the extractor, no summarizer involved; bullets are null.</summary>
    public static DigestLine FromFigures(Article article, IReadOnlyList<KeyFigure> figures, SectionRef? section) => new(
        article.Source,
        article.Url,
        article.Title,
        article.Byline,
        Date(article.Published),
        article.WordCount,
        Completeness(article.Completeness),
        null,
        null,
        null,
        article.HeadedSections
            .Where(s => section is null || s.Index == section.Index)
            .Select(s => new SectionLine(s.Index, s.Heading ?? SectionTitle(s.Index), null))
            .ToList(),
        figures.Where(f => section is null || f.Section == section.Index).Select(Figure).ToList());

    public static string SectionTitle(int index) => string.Create(CultureInfo.InvariantCulture, $"Section {index}");

    /// <summary>Lower-case, snake_case names, spelled out so renaming an enum member cannot change the JSON.</summary>
    public static string Kind(FigureKind kind) => kind switch
    {
        FigureKind.Money => "money",
        FigureKind.Count => "count",
        FigureKind.Duration => "duration",
        FigureKind.Percent => "percent",
        FigureKind.PercentagePoints => "percentage_points",
        FigureKind.Multiple => "multiple",
        FigureKind.Date => "date",
        FigureKind.Year => "year",
        FigureKind.Dimension => "dimension",
        FigureKind.Number => "number",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static FigureLine Figure(KeyFigure f) =>
        new(f.Text, f.Value, f.UpperValue, f.Unit, Kind(f.Kind), f.Qualifier, f.Subject, f.Sentence, f.Section);

    private static string Completeness(ArticleCompleteness completeness) => completeness switch
    {
        ArticleCompleteness.FullText => "full_text",
        ArticleCompleteness.Teaser => "teaser",
        _ => completeness.ToString().ToLowerInvariant(),
    };

    private static string? Date(DateTimeOffset? published) =>
        published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

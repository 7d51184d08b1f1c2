using Bot.Chat;
using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Tests.Cli;

/// <summary>A summarizer that writes a recognisable digest (first sentence of each paragraph) with figures given by
/// the test, and counts its calls; or throws, to stand for a bug.</summary>
internal sealed class FakeSummarizer(IReadOnlyList<KeyFigure>? figures = null, Exception? failure = null) : ISummarizer
{
    public int Calls { get; private set; }

    public Task<NewsDigest> SummarizeAsync(Article article, CancellationToken cancellationToken)
    {
        Calls++;
        if (failure is not null)
        {
            throw failure;
        }

        var lead = article.Sections[0].Paragraphs;
        return Task.FromResult(new NewsDigest(
            article.Source,
            article.Title ?? "Untitled",
            lead.Count > 0 ? lead[0] : string.Empty,
            lead.Take(3).ToList(),
            article.HeadedSections.Select(s => new SectionDigest(s.Index, s.Heading!, s.Paragraphs.Take(1).ToList())).ToList(),
            figures ?? [],
            new DigestProvenance(article.WordCount, article.Completeness, DigestProvenance.Extractive),
            article.Url,
            article.Byline,
            article.Published));
    }
}

/// <summary>Answers known URLs with a prepared article or failure; anything else is "HTTP 404".</summary>
internal sealed class FakeArticleFetcher(Dictionary<string, Outcome<Article>> pages) : IArticleFetcher
{
    public Task<Outcome<Article>> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(pages.TryGetValue(url.AbsoluteUri, out var page) ? page : Outcome<Article>.Failure($"{url}: HTTP 404 Not Found"));
}

internal static class SampleArticles
{
    public const string Url = "https://news.example/deepseek";

    /// <summary>The shape of the user's example: a lead and three headed sections.</summary>
    public static Article DeepSeek() => new(
        Url,
        "DeepSeek Trains R1 AI Model for $294K",
        [
            new ArticleSection(0, null, ["DeepSeek trained R1 for just $294,000.", "The disclosure came in Nature."]),
            new ArticleSection(1, "A fraction of the cost, but not without questions", ["R1 used 512 Nvidia H800 chips over 80 hours."]),
            new ArticleSection(2, "A model built on ‘distilled’ foundations?", ["Training data included OpenAI-generated answers."]),
            new ArticleSection(3, "Competitive disruption or hype?", ["Its January 2025 launch triggered a sell-off."]),
        ],
        Url: Url,
        Byline: "A. Reporter",
        Published: new DateTimeOffset(2025, 9, 18, 9, 30, 0, TimeSpan.Zero));

    public static IReadOnlyList<KeyFigure> DeepSeekFigures() =>
    [
        new("$294,000", 294000.00m, "USD", FigureKind.Money, "just", "training cost of R1", "DeepSeek trained R1 for just $294,000.", 0, 29),
        new("512 Nvidia H800 chips", 512m, "chip", FigureKind.Count, null, null, "R1 used 512 Nvidia H800 chips over 80 hours.", 1, 8),
        new("80 hours", 80m, "hour", FigureKind.Duration, null, null, "R1 used 512 Nvidia H800 chips over 80 hours.", 1, 35),
        new("2.5-3.0 percentage points", 2.50m, "pp", FigureKind.PercentagePoints, "up to", null, "Shares fell 2.5-3.0 percentage points.", 2, 12, 3.0m),
        new("January 2025", 202501m, "date", FigureKind.Date, null, "launch", "Its January 2025 launch triggered a sell-off.", 3, 4),
    ];
}

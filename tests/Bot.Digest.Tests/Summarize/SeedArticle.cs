using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Summarize;

/// <summary>
/// The user's example (seeds/deepseek-r1-training-cost.txt), read from the repository and cut by hand into its title,
/// lead and the three headed sections the issue names (the furniture lines "Latest articles", "Related articles"
/// left out), plus the key figures in the order the figures extractor ranks them (headline/lead figure, then the
/// compared one, then the rest). Independent of the reader and the extractor, so these tests pin the summarizer alone.
/// </summary>
internal static class SeedArticle
{
    public const string FileName = "deepseek-r1-training-cost.txt";

    public static string Path()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "seeds", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"seeds/{FileName} not found above {AppContext.BaseDirectory}");
    }

    public static (Article Article, IReadOnlyList<Sentence> Sentences, IReadOnlyList<KeyFigure> Figures) Load()
    {
        var blocks = File.ReadAllText(Path()).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] headings =
        [
            "A fraction of the cost, but not without questions",
            "A model built on ‘distilled’ foundations?",
            "Competitive disruption or hype?",
        ];
        var sections = new List<ArticleSection>();
        var paragraphs = new List<string>();
        string? heading = null;
        foreach (var block in blocks.Skip(1))
        {
            if (block is "Latest articles" or "Related articles")
            {
                continue;
            }

            if (headings.Contains(block))
            {
                sections.Add(new ArticleSection(sections.Count, heading, paragraphs));
                paragraphs = [];
                heading = block;
                continue;
            }

            paragraphs.Add(block);
        }

        sections.Add(new ArticleSection(sections.Count, heading, paragraphs));
        var article = new Article(FileName, blocks[0], sections);
        var sentences = TestArticles.Split(article);
        KeyFigure[] figures =
        [
            TestArticles.Figure(sentences, "just $294,000", 294_000, "USD") with { Qualifier = "just" },
            TestArticles.Figure(sentences, "well over $100 million", 100_000_000, "USD") with { Qualifier = "well over" },
            TestArticles.Figure(sentences, "512 Nvidia H800 chips", 512, "chips", FigureKind.Count),
            TestArticles.Figure(sentences, "just 80 hours", 80, "hour", FigureKind.Duration) with { Qualifier = "just" },
            TestArticles.Figure(sentences, "January 2025", 20250100, "date", FigureKind.Date),
            TestArticles.Figure(sentences, "2023", 2023, "year", FigureKind.Year),
        ];
        return (article, sentences, figures);
    }
}

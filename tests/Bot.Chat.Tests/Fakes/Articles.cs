using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Chat.Tests.Fakes;

/// <summary>Hand-built articles and digests, so chat tests do not depend on the digest engine's progress.</summary>
public static class Articles
{
    /// <summary>The user's example, as the ingest work will parse it: a lead and three headed sections.</summary>
    public static (Article Article, NewsDigest Digest) DeepSeek()
    {
        var article = new Article(
            "deepseek.txt",
            "DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate",
            [
                new ArticleSection(0, null, ["In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000."]),
                new ArticleSection(1, "A fraction of the cost, but not without questions", ["According to DeepSeek’s paper, the R1 model was trained using 512 Nvidia H800 chips over just 80 hours."]),
                new ArticleSection(2, "A model built on ‘distilled’ foundations?", ["The Nature paper also quietly acknowledges that training data for DeepSeek’s V3 model includes a “significant number” of OpenAI-generated answers."]),
                new ArticleSection(3, "Competitive disruption or hype?", ["Its January 2025 launch of low-cost models triggered a tech stock sell-off."]),
            ],
            Url: "https://example.com/deepseek");
        var figure = new KeyFigure("$294,000", 294000m, "USD", FigureKind.Money, "just", "training cost of R1",
            "In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000.", 0, 119);
        var chips = new KeyFigure("512 Nvidia H800 chips", 512m, "chip", FigureKind.Count, null, null,
            "According to DeepSeek’s paper, the R1 model was trained using 512 Nvidia H800 chips over just 80 hours.", 1, 58);
        var digest = new NewsDigest(
            article.Source,
            article.Title!,
            "DeepSeek trained R1 for just $294,000.",
            ["DeepSeek trained R1 for just $294,000.", "It used 512 H800 chips for 80 hours."],
            [
                new SectionDigest(1, "A fraction of the cost, but not without questions", ["The R1 model was trained using 512 Nvidia H800 chips over just 80 hours."]),
                new SectionDigest(2, "A model built on ‘distilled’ foundations?", ["Training data for V3 includes a “significant number” of OpenAI-generated answers."]),
                new SectionDigest(3, "Competitive disruption or hype?", ["The January 2025 launch triggered a tech stock sell-off."]),
            ],
            [figure, chips],
            new DigestProvenance(1240, ArticleCompleteness.FullText, DigestProvenance.Extractive),
            article.Url);
        return (article, digest);
    }

    /// <summary>A small article with the given title and section headings.</summary>
    public static (Article Article, NewsDigest Digest) Simple(string title, params string[] headings)
    {
        var sections = new List<ArticleSection> { new(0, null, [$"Lead of {title}."]) };
        sections.AddRange(headings.Select((h, i) => new ArticleSection(i + 1, h, [$"Body of {h}."])));
        var article = new Article($"{title}.txt", title, sections);
        var digest = new NewsDigest(article.Source, title, $"Lead of {title}.", [$"Lead of {title}."],
            headings.Select((h, i) => new SectionDigest(i + 1, h, [$"Body of {h}."])).ToList(), [],
            new DigestProvenance(10, ArticleCompleteness.FullText, DigestProvenance.Extractive));
        return (article, digest);
    }
}

using Bot.Digest.Ingest;
using Bot.Scheduling.Feeds;

namespace Bot.Tests.Scheduling;

public sealed class ItemArticlesTests
{
    [Fact]
    public void LongContent_IsFullText_WithHeadingsAsSections()
    {
        var item = Item(summary: [new("Short.")], content: [new(Words(20)), new("Costs", true), new(Words(15))]);

        var article = ItemArticles.ToArticle(item, "Gazette", fullTextWords: 30);

        Assert.Equal(ArticleCompleteness.FullText, article.Completeness);
        Assert.Equal(("Gazette", "Title", "https://x.example/a"), (article.Source, article.Title, article.Url));
        Assert.Equal(2, article.Sections.Count);
        Assert.Equal((0, (string?)null), (article.Sections[0].Index, article.Sections[0].Heading));
        Assert.Equal((1, "Costs"), (article.Sections[1].Index, article.Sections[1].Heading));
        Assert.Equal(35, article.WordCount);
    }

    [Fact]
    public void ShortText_IsATeaser_UsingTheLongerOfSummaryAndContent()
    {
        var item = Item(summary: [new(Words(12))], content: [new(Words(5))]);

        var article = ItemArticles.ToArticle(item, "Gazette", fullTextWords: 30);

        Assert.Equal(ArticleCompleteness.Teaser, article.Completeness);
        Assert.Equal(12, article.WordCount);
    }

    [Theory]
    [InlineData("Continue reading…")]
    [InlineData("Read more")]
    [InlineData("Read the full story at the Gazette")]
    public void LongContentEndingWithReadMore_IsATeaser_WithoutTheMarker(string marker)
    {
        var item = Item(summary: [], content: [new(Words(40)), new(marker)]);

        var article = ItemArticles.ToArticle(item, "Gazette", fullTextWords: 30);

        Assert.Equal(ArticleCompleteness.Teaser, article.Completeness);
        Assert.Equal(40, article.WordCount);
    }

    [Theory]
    [InlineData(" […]")]
    [InlineData("...")]
    [InlineData(" Continue reading")]
    public void SuffixMarker_IsCutAndMakesATeaser(string suffix)
    {
        var item = Item(summary: [], content: [new(Words(40) + suffix)]);

        var article = ItemArticles.ToArticle(item, "Gazette", fullTextWords: 30);

        Assert.Equal(ArticleCompleteness.Teaser, article.Completeness);
        Assert.Equal(Words(40), article.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void WordPressFooter_IsDroppedWithoutMakingATeaser()
    {
        var item = Item(summary: [], content: [new(Words(40)), new("The post Tram line approved appeared first on Gazette.")]);

        var article = ItemArticles.ToArticle(item, "Gazette", fullTextWords: 30);

        Assert.Equal(ArticleCompleteness.FullText, article.Completeness);
        Assert.Single(article.Sections[0].Paragraphs);
    }

    private static FeedItem Item(IReadOnlyList<TextBlock> summary, IReadOnlyList<TextBlock> content) =>
        new("k", "Title", "https://x.example/a", summary, content, null, null);

    private static string Words(int n) => string.Join(' ', Enumerable.Range(1, n).Select(i => $"w{i}"));
}

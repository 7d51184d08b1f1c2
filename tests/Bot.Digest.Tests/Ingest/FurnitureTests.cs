using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class FurnitureTests
{
    private const string Body = "Title\n\nThe lead paragraph says what happened and why it matters to readers.\n\n"
        + "Section heading\n\nThe last real paragraph of the article ends here with a full stop.";

    public static TheoryData<string> TailFurniture => new()
    {
        "Latest articles",
        "Related articles",
        "Related stories:",
        "Share this",
        "Share this article",
        "Advertisement",
        "Sign up for our newsletter",
        "Sign up to our daily briefing and never miss a story",
        "Read more",
        "Most read",
        "You may also like",
        "We use cookies to improve your experience on our site.",
        "Subscribe to our newsletter",
        "Follow us on X",
        "© 2025 Example Media. All rights reserved.",
    };

    [Theory]
    [MemberData(nameof(TailFurniture))]
    public void ReadText_FurnitureLineAtTheTail_IsDroppedAndNeverASection(string furniture)
    {
        var article = PlainTextTitleTests.Read($"{Body}\n\n{furniture}\n\nSome headline of another story\n\nAnother headline");

        Assert.Equal(["Section heading"], article.HeadedSections.Select(s => s.Heading));
        Assert.Equal("The last real paragraph of the article ends here with a full stop.", Assert.Single(article.Sections[1].Paragraphs));
        Assert.DoesNotContain(AllText(article), t => t.Contains(furniture, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadText_RelatedStoryList_IsDroppedWithItsHeadlines()
    {
        var article = PlainTextTitleTests.Read($"{Body}\n\nRelated articles\n\nBridge repairs close the crossing\n\nCouncil approves bus lanes?\n\nMost read\n\nTen walks by the river");

        var all = AllText(article);
        Assert.DoesNotContain(all, t => t.Contains("Bridge repairs", StringComparison.Ordinal));
        Assert.DoesNotContain(all, t => t.Contains("bus lanes", StringComparison.Ordinal));
        Assert.DoesNotContain(all, t => t.Contains("Ten walks", StringComparison.Ordinal));
        Assert.Single(article.HeadedSections);
    }

    [Fact]
    public void ReadText_FurnitureBetweenParagraphs_IsDroppedAndNotAHeading()
    {
        var article = PlainTextTitleTests.Read("Title\n\nFirst paragraph of the lead.\n\nAdvertisement\n\nSecond paragraph of the lead.\n\nShare\n\nThird one.");

        Assert.Empty(article.HeadedSections);
        Assert.Equal(["First paragraph of the lead.", "Second paragraph of the lead.", "Third one."], article.Sections[0].Paragraphs);
    }

    [Fact]
    public void ReadText_FurnitureAsMarkdownHeading_IsDroppedWithItsLinkList()
    {
        var article = PlainTextTitleTests.Read($"{Body}\n\n## Related articles\n\n- [Bridge repairs close the crossing](https://x.example/a)\n- [Bus lanes approved](https://x.example/b)");

        Assert.Equal(["Section heading"], article.HeadedSections.Select(s => s.Heading));
        Assert.DoesNotContain(AllText(article), t => t.Contains("Bridge", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Shares of the company fell by a tenth on Monday after the results.")]
    [InlineData("Subscribers to the service, who pay a monthly fee, will see the new prices from March, the company said in a statement that also promised better coverage in rural areas and faster support for every customer.")]
    [InlineData("Readers of the report will find more detail in the appendix.")]
    public void ReadText_ProseThatMerelyStartsLikeFurniture_IsKept(string paragraph)
    {
        var article = PlainTextTitleTests.Read($"Title\n\nLead text of the article.\n\n{paragraph}");

        Assert.Contains(paragraph, article.Sections[0].Paragraphs);
    }

    [Fact]
    public void ReadText_OnlyFurniture_FailsWithNoArticleText()
    {
        var result = ArticleReader.ReadText("Latest articles\n\nRelated articles\n\nShare this", "furniture.txt");

        Assert.False(result.IsSuccess);
        Assert.Equal("furniture.txt: no article text found", result.Error);
    }

    private static List<string> AllText(Article article) =>
        [.. article.Sections.SelectMany(s => s.Paragraphs), .. article.HeadedSections.Select(s => s.Heading!), article.Title ?? string.Empty];
}

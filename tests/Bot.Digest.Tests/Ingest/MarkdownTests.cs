using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class MarkdownTests
{
    private static readonly Article NightTrains = ReadFixture();

    [Fact]
    public void Read_MarkdownFixture_TitleBylineAndDateFromTheTop()
    {
        Assert.Equal("Night trains return to the northern line", NightTrains.Title);
        Assert.Equal("Ada Brennan", NightTrains.Byline);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 0, 0, 0, TimeSpan.Zero), NightTrains.Published);
    }

    [Fact]
    public void Read_MarkdownFixture_SectionsFromHashHeadings()
    {
        Assert.Equal(["Tickets and prices", "Why now?"], NightTrains.HeadedSections.Select(s => s.Heading));
    }

    [Fact]
    public void Read_MarkdownFixture_MarkupStrippedAndWrappedLinesJoined()
    {
        Assert.Equal(
            "Sleeper services between the capital and the northern coast will resume in September, the rail operator said "
            + "on Tuesday, ending a seven-year gap since the last overnight train ran on the route.",
            NightTrains.Sections[0].Paragraphs[0]);
        Assert.Equal(2, NightTrains.Sections[0].Paragraphs.Count);
        Assert.Contains("Tickets go on sale on 1 July through", NightTrains.Sections[1].Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MarkdownFixture_ListItemsAreParagraphs_ImagesCodeAndFurnitureGone()
    {
        Assert.Equal(
            ["Children under four travel free.", "Bicycles can be booked for 10 euros."],
            NightTrains.Sections[1].Paragraphs.Skip(1));
        var all = string.Join("\n", NightTrains.Sections.SelectMany(s => s.Paragraphs));
        Assert.DoesNotContain("sleeper.jpg", all, StringComparison.Ordinal);
        Assert.DoesNotContain("A sleeper carriage", all, StringComparison.Ordinal);
        Assert.DoesNotContain("timetable = load", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry operator", all, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", all, StringComparison.Ordinal);
        Assert.Equal(
            "Officials pointed to rising demand for low-carbon travel. Is it enough? Campaigners say the timetable is too thin to win back business travellers, who need a train every night.",
            Assert.Single(NightTrains.Sections[2].Paragraphs));
    }

    [Theory]
    [InlineData("**bold** and *italic* and _under_", "bold and italic and under")]
    [InlineData("***both*** and ~~struck~~", "both and struck")]
    [InlineData("a [link text](https://x.example/a) here", "a link text here")]
    [InlineData("a [reference link][ref] here", "a reference link here")]
    [InlineData("![alt text](https://x.example/i.png)after", "after")]
    [InlineData("use `code span` here", "use code span here")]
    [InlineData("visit <https://x.example> now", "visit https://x.example now")]
    [InlineData("line<br>break and <b>tag</b>", "line break and tag")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    [InlineData("2 * 3 * 4 = 24", "2 * 3 * 4 = 24")]
    [InlineData("5*3*2 stays", "5*3*2 stays")]
    [InlineData("an \\*escaped\\* star", "an *escaped* star")]
    [InlineData("costs [were] high", "costs [were] high")]
    [InlineData("up ~5% on the day", "up ~5% on the day")]
    [InlineData("a < b and c > d", "a < b and c > d")]
    public void Strip_InlineMarkdown_LeavesReadableText(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownInline.Strip(markdown));
    }

    [Fact]
    public void ReadText_YamlFrontMatter_GivesTheTitleAndIsNotText()
    {
        var article = PlainTextTitleTests.Read("---\ntitle: \"Ferries resume\"\ndate: 2025-06-01\ntags:\n  - travel\n---\n\nThe ferry returns on Monday.\n\n## Timetable\n\nTwo crossings a day.");

        Assert.Equal("Ferries resume", article.Title);
        Assert.Equal(["The ferry returns on Monday."], article.Sections[0].Paragraphs);
        Assert.Equal(["Timetable"], article.HeadedSections.Select(s => s.Heading));
    }

    [Fact]
    public void ReadText_LeadingRuleWithoutFrontMatter_IsJustARule()
    {
        var article = PlainTextTitleTests.Read("---\n\nPlain title\n\nThe lead paragraph.");

        Assert.Equal("Plain title", article.Title);
    }

    private static Article ReadFixture()
    {
        var path = TestFiles.Fixture("night-trains.md");
        var result = ArticleReader.Read(File.ReadAllBytes(path), "text/markdown", path);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}

using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

/// <summary>An article copied from a news page with the browser's select-all: one paragraph per line, crumbs and furniture around it.</summary>
public sealed class CopiedPageTests
{
    private static readonly Article Page = Read();

    [Fact]
    public void Read_CopiedPage_TitleSkipsTheNavigationCrumbs()
    {
        Assert.Equal("Lumen Bank to cut 1,200 jobs as branches close", Page.Title);
    }

    [Fact]
    public void Read_CopiedPage_BylineRoleAndDateBecomeMetadata()
    {
        Assert.Equal("Priya Nair", Page.Byline);
        Assert.Equal(new DateTimeOffset(2025, 2, 12, 0, 0, 0, TimeSpan.Zero), Page.Published);
    }

    [Fact]
    public void Read_CopiedPage_LeadKeepsTheStandfirstAndTheTwoParagraphs()
    {
        Assert.Equal(3, Page.Sections[0].Paragraphs.Count);
        Assert.Equal("The lender says online banking has made a third of its branches unnecessary.", Page.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void Read_CopiedPage_QuestionAndShortLineHeadings()
    {
        Assert.Equal(["What happens to customers?", "Unions react"], Page.HeadedSections.Select(s => s.Heading));
    }

    [Fact]
    public void Read_CopiedPage_NoFurnitureOrMetadataLeftInTheText()
    {
        var all = Page.Sections.SelectMany(s => s.Paragraphs).Concat(Page.HeadedSections.Select(s => s.Heading!)).ToList();
        foreach (var junk in new[] { "Skip to", "Menu", "Search", "Business reporter", "By Priya", "12 February", "Share", "Save", "Related", "Banks face", "Advertisement", "More from", "Steel plant" })
        {
            Assert.DoesNotContain(all, t => t.Contains(junk, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("By Tuesday the deal was done.")]
    [InlineData("By Monday Ann Lee had left.")]
    public void ReadText_ParagraphStartingWithBy_IsNotABylineUnlessItIsNames(string line)
    {
        var article = PlainTextTitleTests.Read($"Deal done\n\n{line}\n\nThe rest of the story follows here.");

        Assert.Null(article.Byline);
        Assert.Equal(line, article.Sections[0].Paragraphs[0]);
    }

    private static Article Read()
    {
        var path = TestFiles.Fixture("copied-page.txt");
        var result = ArticleReader.Read(File.ReadAllBytes(path), "text/plain", path);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}

using System.Text;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private static readonly Article Tunnel = ReadFixture("harbour-tunnel.html", "text/html");
    private static readonly Article Frost = ReadFixture("orchard-frost.html", null);

    [Fact]
    public void Read_ArticleWithH1_TitleFromTheH1NotTheOgTitle()
    {
        Assert.Equal("Harbour tunnel finally opens to traffic", Tunnel.Title);
    }

    [Fact]
    public void Read_ArticleWithH2AndH3_SectionsInOrder()
    {
        Assert.Equal(["Where the money went", "What drivers will pay"], Tunnel.HeadedSections.Select(s => s.Heading));
        Assert.Equal([1, 2], Tunnel.HeadedSections.Select(s => s.Index));
        Assert.Equal(2, Tunnel.Sections[0].Paragraphs.Count);
        Assert.Equal(2, Tunnel.Sections[1].Paragraphs.Count);
        Assert.Equal(
            "Tolls start at 2.50 pounds for cars and 6 pounds for lorries. Residents of the two riverside boroughs get a discount of 40 percent for the first year.",
            Assert.Single(Tunnel.Sections[2].Paragraphs));
    }

    [Fact]
    public void Read_ArticleMetadata_BylineDateAndCanonicalUrl()
    {
        Assert.Equal("Mira Okafor", Tunnel.Byline);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1)), Tunnel.Published);
        Assert.Equal("https://gazette.example/news/harbour-tunnel-opens", Tunnel.Url);
    }

    [Theory]
    [InlineData("cookies")]
    [InlineData("Accept all")]
    [InlineData("Riverside Gazette")]
    [InlineData("Sport")]
    [InlineData("Share on")]
    [InlineData("Copy link")]
    [InlineData("Advertisement")]
    [InlineData("Zephyr")]
    [InlineData("Related articles")]
    [InlineData("Bridge repairs")]
    [InlineData("newsletter")]
    [InlineData("Most read")]
    [InlineData("Ten best walks")]
    [InlineData("All rights reserved")]
    [InlineData("Privacy policy")]
    [InlineData("By Mira")]
    [InlineData("14 March 2025")]
    [InlineData("tracking")]
    [InlineData("color: red")]
    public void Read_ArticlePage_JunkIsGone(string junk)
    {
        Assert.DoesNotContain(AllText(Tunnel), t => t.Contains(junk, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Read_PageWithoutH1_TitleFromOgTitle()
    {
        Assert.Equal("Late frost cuts apple harvest across the valley", Frost.Title);
    }

    [Fact]
    public void Read_JsonLdAndOgUrl_GiveBylineDateAndUrl()
    {
        Assert.Equal("Tomas Lind", Frost.Byline);
        Assert.Equal(new DateTimeOffset(2025, 5, 2, 6, 0, 0, TimeSpan.Zero), Frost.Published);
        Assert.Equal("https://valley-post.example/farming/late-frost", Frost.Url);
    }

    [Fact]
    public void Read_DivSoupPage_MainTextAndH3SectionsWithoutSidebar()
    {
        Assert.Equal(["Insurance and prices", "A warning for the future"], Frost.HeadedSections.Select(s => s.Heading));
        Assert.Equal(2, Frost.Sections[0].Paragraphs.Count);
        Assert.StartsWith("Growers in the upper valley expect", Frost.Sections[0].Paragraphs[0], StringComparison.Ordinal);
        var all = AllText(Frost);
        foreach (var junk in new[] { "Advertisement", "Latest articles", "Cheese fair", "River levels", "Home", "Copyright" })
        {
            Assert.DoesNotContain(all, t => t.Contains(junk, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Read_OnlyATitleElement_TitleWithoutSiteSuffix()
    {
        var html = $"<html><head><title>Budget vote delayed again | City Daily</title></head><body><article><p>{Words(30)}</p></article></body></html>";

        Assert.Equal("Budget vote delayed again", Read(html, "https://city.example/a").Title);
    }

    [Fact]
    public void Read_RelativeCanonical_ResolvedAgainstTheSourceUrl()
    {
        var html = $"<html><head><link rel=\"canonical\" href=\"/news/budget\"></head><body><article><h1>Budget</h1><p>{Words(30)}</p></article></body></html>";

        Assert.Equal("https://city.example/news/budget", Read(html, "https://city.example/a?utm=1").Url);
    }

    [Fact]
    public void Read_NoCanonical_UrlIsTheFetchedAddress()
    {
        var html = $"<html><body><article><h1>Budget</h1><p>{Words(30)}</p></article></body></html>";

        Assert.Equal("https://city.example/a", Read(html, "https://city.example/a").Url);
    }

    [Fact]
    public void Read_LinkListInsideArticle_IsDropped()
    {
        var html = $"<html><body><article><h1>Budget</h1><p>{Words(30)}</p><ul><li><a href=\"/x\">Another story entirely</a></li></ul></article></body></html>";

        Assert.DoesNotContain(AllText(Read(html, "a.html")), t => t.Contains("Another story", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrInsideParagraph_SplitsLinesButSourceNewlinesDoNot()
    {
        var html = $"<html><body><article><h1>T</h1><p>{Words(12)}\n  continued on the next source line.<br>New line after a break.</p></article></body></html>";

        var paragraphs = Read(html, "a.html").Sections[0].Paragraphs;

        Assert.Equal([$"{Words(12)} continued on the next source line.", "New line after a break."], paragraphs);
    }

    [Fact]
    public void ReadText_HtmlString_IsSniffed()
    {
        var result = ArticleReader.ReadText($"<!DOCTYPE html><html><body><article><h1>Sniffed</h1><p>{Words(30)}</p></article></body></html>", "pasted");

        Assert.Equal("Sniffed", result.Value!.Title);
    }

    internal static string Words(int count) => string.Join(' ', Enumerable.Range(1, count).Select(i => $"word{i}")) + ".";

    private static Article Read(string html, string source)
    {
        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(html), "text/html", source);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }

    private static List<string> AllText(Article article) =>
        [.. article.Sections.SelectMany(s => s.Paragraphs), .. article.HeadedSections.Select(s => s.Heading!), article.Title ?? string.Empty];

    private static Article ReadFixture(string name, string? contentType)
    {
        var path = TestFiles.Fixture(name);
        var result = ArticleReader.Read(File.ReadAllBytes(path), contentType, path);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}

using System.Text;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class HtmlNestingTests
{
    [Theory]
    [InlineData("<html><body><div><div><span>x</span></div></div></body></html>", 3)]
    [InlineData("<div><p>one<p>two<p>three<li>a<li>b</div>", 1)]
    [InlineData("<div><br><img src=x><hr/><input></div>", 1)]
    [InlineData("<div><span/><span/></div>", 1)]
    [InlineData("<div><!-- <div><div><div> --></div>", 1)]
    [InlineData("<div><script>var s = '<div><div><div>';</script></div>", 1)]
    [InlineData("<style>a > b { }</style><section><article></article></section>", 2)]
    [InlineData("text with a < b and 3 <4", 0)]
    public void EstimateDepth_Markup_CountsOnlyExplicitlyNestedElements(string html, int expected)
    {
        Assert.Equal(expected, HtmlNesting.EstimateDepth(html));
    }

    [Fact]
    public void Read_ThousandsOfNestedDivs_RefusedBeforeParsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>text</p></body></html>";

        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(html), "text/html", "deep.html");

        Assert.Equal("deep.html: HTML nested more than 1,000 levels deep, not a readable page", result.Error);
    }

    [Fact]
    public void Read_ModeratelyNestedArticle_StillReads()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 80)) + $"<article><h1>Deep</h1><p>{HtmlReaderTests.Words(30)}</p></article></body></html>";

        var result = ArticleReader.Read(Encoding.UTF8.GetBytes(html), "text/html", "nested.html");

        Assert.Equal("Deep", result.Value!.Title);
    }
}

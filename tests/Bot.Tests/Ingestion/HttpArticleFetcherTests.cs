using Bot.Emulators.Web;

namespace Bot.Tests.Ingestion;

public sealed class HttpArticleFetcherTests : IAsyncLifetime
{
    private const string PlainArticle = """
        Markets rally as inflation cools

        Stocks rose on Tuesday after figures showed inflation easing to 2.4% in March.

        Analysts said the Federal Reserve could cut rates by June.
        """;

    private LoopbackWebSite site = null!;

    public async Task InitializeAsync() => site = await LoopbackWebSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task FetchAsync_PlainTextPage_ReturnsTheArticle()
    {
        var url = site.Page("/story.txt", PlainArticle, "text/plain; charset=utf-8");
        using var harness = new FetcherHarness();

        var result = await harness.Articles.FetchAsync(url, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Markets rally as inflation cools", result.Value!.Title);
        Assert.Contains(result.Value.Sections.SelectMany(s => s.Paragraphs), p => p.Contains("inflation easing to 2.4%", StringComparison.Ordinal));
        Assert.Equal(url.AbsoluteUri, result.Value.Url);
    }

    [Fact]
    public async Task FetchAsync_HtmlPage_ReturnsTheArticleWithoutPageFurniture()
    {
        const string html = """
            <!doctype html>
            <html><head><title>Markets rally as inflation cools | Daily Paper</title></head>
            <body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <article>
                <h1>Markets rally as inflation cools</h1>
                <p>Stocks rose on Tuesday after figures showed inflation easing to 2.4% in March, the lowest reading in three years.</p>
                <p>Analysts said the Federal Reserve could cut rates by June, although several policymakers urged patience.</p>
                <h2>What comes next</h2>
                <p>Investors will watch the jobs report on Friday for signs that the labour market is cooling as well.</p>
              </article>
              <aside><h3>Related articles</h3><ul><li>Oil slips</li></ul></aside>
            </body></html>
            """;
        var url = site.Page("/story.html", html);
        using var harness = new FetcherHarness();

        var result = await harness.Articles.FetchAsync(url, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Markets rally as inflation cools", result.Value!.Title);
        var text = string.Join("\n", result.Value.Sections.SelectMany(s => s.Paragraphs));
        Assert.Contains("inflation easing to 2.4% in March", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related articles", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NotFound_FailsNamingUrlAndStatus()
    {
        var url = site.Url("/missing");
        using var harness = new FetcherHarness();

        var result = await harness.Articles.FetchAsync(url, CancellationToken.None);

        Assert.Equal($"{url}: HTTP 404 Not Found", result.Error);
    }

    [Fact]
    public async Task FetchAsync_Image_FailsAsUnsupportedContentType()
    {
        var url = site.Bytes("/photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png");
        using var harness = new FetcherHarness();

        var result = await harness.Articles.FetchAsync(url, CancellationToken.None);

        Assert.Equal($"{url}: unsupported content type image/png", result.Error);
    }

    [Fact]
    public async Task FetchAsync_FeedContentType_NotAnArticlePage()
    {
        var url = site.Page("/feed.xml", "<rss version=\"2.0\"><channel/></rss>", "application/rss+xml");
        using var harness = new FetcherHarness();

        var result = await harness.Articles.FetchAsync(url, CancellationToken.None);

        Assert.Equal($"{url}: unsupported content type application/rss+xml", result.Error);
    }

    [Fact]
    public async Task FetchAsync_RedirectedPage_ArticleUrlIsWhereItLanded()
    {
        var final = site.Page("/2025/story", PlainArticle, "text/plain");
        var start = site.Redirect("/s/abc", "/2025/story", 301);
        using var harness = new FetcherHarness();

        var result = await harness.Articles.FetchAsync(start, CancellationToken.None);

        Assert.Equal(final.AbsoluteUri, result.Value!.Url);
        Assert.Equal(final.AbsoluteUri, result.Value.Source);
    }

    [Fact]
    public async Task FetchAsync_LoopbackWithoutAllowPrivate_Refused()
    {
        var url = site.Page("/story.txt", PlainArticle, "text/plain");
        using var harness = new FetcherHarness(allowPrivate: false);

        var result = await harness.Articles.FetchAsync(url, CancellationToken.None);

        Assert.Equal($"{url}: refused: 127.0.0.1 is a loopback address", result.Error);
    }

    [Fact]
    public async Task FetchAsync_NoContentType_ParsedBySniffing()
    {
        var url = site.Bytes("/untyped", System.Text.Encoding.UTF8.GetBytes(PlainArticle), contentType: null);
        using var harness = new FetcherHarness();

        var result = await harness.Articles.FetchAsync(url, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Markets rally as inflation cools", result.Value!.Title);
    }
}

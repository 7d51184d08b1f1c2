using System.IO.Compression;
using System.Net;
using Bot.Emulators.Web;
using Bot.Ingestion;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Ingestion;

/// <summary>The bytes-level fetcher against a real loopback web site (Ingestion:AllowPrivateAddresses = true).</summary>
public sealed class WebFetcherTests : IAsyncLifetime
{
    private LoopbackWebSite site = null!;

    public async Task InitializeAsync() => site = await LoopbackWebSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task FetchAsync_Page_ReturnsBodyTypeAndFinalUrl()
    {
        var url = site.Page("/news", "<h1>Hello</h1>");
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        var response = Assert.IsType<FetchResponse>(result.Value);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("<h1>Hello</h1>"u8.ToArray(), response.Body.ToArray());
        Assert.Equal(url, response.FinalUrl);
        Assert.Equal(0, response.Redirects);
    }

    [Fact]
    public async Task FetchAsync_ErrorStatus_IsAResponseWithoutBody()
    {
        var url = site.Status("/down", 503, "maintenance");
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Value!.Status);
        Assert.False(result.Value.IsSuccess);
        Assert.True(result.Value.Body.IsEmpty);
    }

    [Fact]
    public async Task FetchAsync_SendsTheConfiguredUserAgentAndAccept()
    {
        var url = site.Page("/ua", "hi", "text/plain");
        using var harness = new FetcherHarness();

        await harness.Web.FetchAsync(new FetchRequest(url) { AcceptedMediaTypes = ["text/plain"] }, CancellationToken.None);

        var seen = Assert.Single(site.Requests);
        Assert.StartsWith("NewsDigestBot/1.0", seen.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.StartsWith("text/plain", seen.Headers["Accept"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NoResponseHeadersBeforeTheTimeout_FailsWithTimeout()
    {
        var stall = site.Stall("/slow");
        using var harness = new FetcherHarness();

        var fetch = harness.Web.FetchAsync(new FetchRequest(stall.Url), CancellationToken.None);
        await stall.Arrived;
        harness.Time.Advance(TimeSpan.FromSeconds(20));
        var result = await fetch;

        Assert.Equal($"{stall.Url}: timed out after 20 s", result.Error);
    }

    [Fact]
    public async Task FetchAsync_BodyStallsAfterHeaders_FailsWithTimeout()
    {
        var stall = site.Stall("/trickle", afterHeaders: true);
        using var harness = new FetcherHarness();

        var fetch = harness.Web.FetchAsync(new FetchRequest(stall.Url), CancellationToken.None);
        await stall.Arrived;
        harness.Time.Advance(TimeSpan.FromSeconds(20));
        var result = await fetch;

        Assert.Equal($"{stall.Url}: timed out after 20 s", result.Error);
    }

    [Fact]
    public async Task FetchAsync_TimeNotYetUp_StillWaiting()
    {
        var stall = site.Stall("/patient");
        using var harness = new FetcherHarness();

        var fetch = harness.Web.FetchAsync(new FetchRequest(stall.Url), CancellationToken.None);
        await stall.Arrived;
        harness.Time.Advance(TimeSpan.FromSeconds(19));

        Assert.False(fetch.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains("timed out", (await fetch).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_Throws()
    {
        var stall = site.Stall("/cancelled");
        using var harness = new FetcherHarness();
        using var cancel = new CancellationTokenSource();

        var fetch = harness.Web.FetchAsync(new FetchRequest(stall.Url), cancel.Token);
        await stall.Arrived;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }

    [Fact]
    public async Task FetchAsync_RedirectChainWithinTheLimit_FollowsToTheEnd()
    {
        var final = site.Page("/article", "the article", "text/plain");
        var start = site.RedirectChain("/hop", hops: 5, target: "/article");
        using var harness = new FetcherHarness(maxRedirects: 5);

        var result = await harness.Web.FetchAsync(new FetchRequest(start), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(final, result.Value!.FinalUrl);
        Assert.Equal(start, result.Value.RequestedUrl);
        Assert.Equal(5, result.Value.Redirects);
        Assert.Equal("the article"u8.ToArray(), result.Value.Body.ToArray());
    }

    [Fact]
    public async Task FetchAsync_RedirectChainOverTheLimit_FailsWithoutFetchingTheTarget()
    {
        site.Page("/article", "the article", "text/plain");
        var start = site.RedirectChain("/hop", hops: 6, target: "/article");
        using var harness = new FetcherHarness(maxRedirects: 5);

        var result = await harness.Web.FetchAsync(new FetchRequest(start), CancellationToken.None);

        Assert.Equal($"{start}: too many redirects (more than 5)", result.Error);
        Assert.Equal(0, site.Hits("/article"));
    }

    [Theory]
    [InlineData(StatusCodes.Status301MovedPermanently)]
    [InlineData(StatusCodes.Status303SeeOther)]
    [InlineData(StatusCodes.Status307TemporaryRedirect)]
    [InlineData(StatusCodes.Status308PermanentRedirect)]
    public async Task FetchAsync_RelativeRedirect_ResolvedAgainstTheCurrentUrl(int status)
    {
        var final = site.Page("/new/place", "moved here", "text/plain");
        var start = site.Redirect("/old/place", "../new/place", status);
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(start), CancellationToken.None);

        Assert.Equal(final, result.Value!.FinalUrl);
        Assert.Equal(1, result.Value.Redirects);
    }

    [Fact]
    public async Task FetchAsync_ContentLengthOverTheCap_FailsBeforeReading()
    {
        var url = site.Huge("/big", 20_000, declareLength: true);
        using var harness = new FetcherHarness(maxBytes: 10_000);

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url}: too large (20,000 bytes; the limit is 10,000)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_ChunkedBodyOverTheCap_FailsWhileStreaming()
    {
        var url = site.Huge("/stream", 5_000_000, declareLength: false);
        using var harness = new FetcherHarness(maxBytes: 100_000);

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url}: too large (more than 100,000 bytes)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_BodyExactlyAtTheCap_Succeeds()
    {
        var url = site.Huge("/exact", 10_000, declareLength: false);
        using var harness = new FetcherHarness(maxBytes: 10_000);

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal(10_000, result.Value!.Body.Length);
    }

    [Fact]
    public async Task FetchAsync_RequestCapTighterThanConfigured_Applies()
    {
        var url = site.Huge("/medium", 5_000, declareLength: true);
        using var harness = new FetcherHarness(maxBytes: 10_000);

        var result = await harness.Web.FetchAsync(new FetchRequest(url) { MaxBytes = 1_000 }, CancellationToken.None);

        Assert.Contains("too large", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_UnacceptedContentType_Fails()
    {
        var url = site.Bytes("/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png");
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(url) { AcceptedMediaTypes = ["text/html"] }, CancellationToken.None);

        Assert.Equal($"{url}: unsupported content type image/png", result.Error);
    }

    [Fact]
    public async Task FetchAsync_ClosedPort_FailsAsUnreachable()
    {
        var url = new Uri($"http://127.0.0.1:{LoopbackWebSite.ClosedPort()}/");
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url}: unreachable (connection refused)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_NameWithoutAddresses_FailsAsHostNotFound()
    {
        using var harness = new FetcherHarness(names: new Dictionary<string, IPAddress[]> { ["nowhere.test"] = [] });

        var result = await harness.Web.FetchAsync(new FetchRequest(new Uri("http://nowhere.test/")), CancellationToken.None);

        Assert.Equal("http://nowhere.test/: unreachable (host not found)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_ETagRepeated_AnswersNotModifiedWithoutBody()
    {
        var url = site.Page("/feed.xml", "<rss/>", "application/rss+xml", etag: "\"v1\"");
        using var harness = new FetcherHarness();

        var first = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);
        var second = await harness.Web.FetchAsync(new FetchRequest(url) { IfNoneMatch = first.Value!.ETag }, CancellationToken.None);

        Assert.Equal("\"v1\"", first.Value.ETag);
        Assert.True(second.Value!.IsNotModified);
        Assert.True(second.Value.Body.IsEmpty);
        Assert.Equal("\"v1\"", site.Requests[1].Headers["If-None-Match"]);
    }

    [Fact]
    public async Task FetchAsync_LastModifiedRepeated_AnswersNotModified()
    {
        var modified = new DateTimeOffset(2025, 1, 27, 8, 0, 0, TimeSpan.Zero);
        var url = site.Page("/atom.xml", "<feed/>", "application/atom+xml", lastModified: modified);
        using var harness = new FetcherHarness();

        var first = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);
        var second = await harness.Web.FetchAsync(new FetchRequest(url) { IfModifiedSince = first.Value!.LastModified }, CancellationToken.None);

        Assert.Equal(modified, first.Value.LastModified);
        Assert.Equal(HttpStatusCode.OK, first.Value.Status);
        Assert.Equal(HttpStatusCode.NotModified, second.Value!.Status);
    }

    [Fact]
    public async Task FetchAsync_TooManyRequestsWithRetryAfter_ReportsTheDelay()
    {
        var url = site.Handle("/busy", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, result.Value!.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.Value.RetryAfter);
        Assert.Equal("120", result.Value.Headers["retry-after"]);
    }

    [Fact]
    public async Task FetchAsync_UrlWithSecrets_LogsOnlyTheOrigin()
    {
        site.Page("/private/feed", "secret stuff", "text/plain");
        var url = new Uri(site.BaseUri, "/private/feed?token=s3cr3t");
        using var harness = new FetcherHarness();

        await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        var records = harness.Logs.GetSnapshot();
        var fetched = Assert.Single(records, r => r.Id.Id == 6000);
        Assert.Contains(site.BaseUri.GetLeftPart(UriPartial.Authority), fetched.Message, StringComparison.Ordinal);
        Assert.All(records, r => Assert.DoesNotContain("s3cr3t", r.Message, StringComparison.Ordinal));
        Assert.All(records, r => Assert.DoesNotContain("/private", r.Message, StringComparison.Ordinal));
        Assert.All(records, r => Assert.InRange(r.Id.Id, 6000, 6999));
    }

    [Fact]
    public async Task FetchAsync_UserInfoInUrl_LeftOutOfTheMessage()
    {
        var url = new Uri($"http://user:hunter2@127.0.0.1:{LoopbackWebSite.ClosedPort()}/x");
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectToAnotherScheme_Refused()
    {
        var start = site.Redirect("/download", "file:///etc/passwd");
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(start), CancellationToken.None);

        Assert.Equal($"{start} (redirected to file:///etc/passwd): refused: only http and https URLs can be fetched", result.Error);
    }

    [Fact]
    public async Task FetchAsync_CompressedBodyOverTheCapOnceInflated_FailsAsTooLarge()
    {
        // 2 MB of zeros gzip to about 2 KB: the cap applies to what the body inflates to, not to the wire.
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[2_000_000]);
        }

        var bomb = packed.ToArray();
        var url = site.Handle("/bomb", async context =>
        {
            context.Response.ContentType = "text/plain";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb);
        });
        using var harness = new FetcherHarness(maxBytes: 100_000);

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.True(bomb.Length < 100_000);
        Assert.Equal($"{url}: too large (more than 100,000 bytes)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_CompressedBodyUnderTheCap_ArrivesInflated()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("Hello, inflated world"u8);
        }

        var body = packed.ToArray();
        var url = site.Handle("/gz", async context =>
        {
            context.Response.ContentType = "text/plain";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(body);
        });
        using var harness = new FetcherHarness();

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal("Hello, inflated world"u8.ToArray(), result.Value!.Body.ToArray());
    }
}

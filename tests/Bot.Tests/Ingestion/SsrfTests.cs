using System.Net;
using Bot.Emulators.Web;
using Bot.Ingestion;

namespace Bot.Tests.Ingestion;

/// <summary>With Ingestion:AllowPrivateAddresses = false (the default), nothing local is reachable: not directly, not
/// through a name that resolves to it, not through a redirect.</summary>
public sealed class SsrfTests : IAsyncLifetime
{
    private LoopbackWebSite site = null!;

    public async Task InitializeAsync() => site = await LoopbackWebSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task FetchAsync_LoopbackServer_RefusedWithoutConnecting()
    {
        var url = site.Page("/page", "private page", "text/plain");
        using var harness = new FetcherHarness(allowPrivate: false);

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url}: refused: 127.0.0.1 is a loopback address", result.Error);
        Assert.Empty(site.Requests);
    }

    [Theory]
    [InlineData("http://[::1]/", "::1 is a loopback address")]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/", "169.254.169.254 is a cloud metadata address")]
    [InlineData("http://10.0.0.1/", "10.0.0.1 is a private address")]
    [InlineData("http://[::ffff:10.0.0.1]/", "is a private address")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal is a local name")]
    public async Task FetchAsync_LocalAddress_Refused(string url, string reason)
    {
        using var harness = new FetcherHarness(allowPrivate: false);

        var result = await harness.Web.FetchAsync(new FetchRequest(new Uri(url)), CancellationToken.None);

        Assert.StartsWith($"{url}: refused: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_Localhost_RefusedByName()
    {
        var url = new Uri($"http://localhost:{site.BaseUri.Port}/page");
        using var harness = new FetcherHarness(allowPrivate: false);

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url}: refused: localhost is a local name", result.Error);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task FetchAsync_NameResolvingToLoopback_RefusedAfterResolution()
    {
        site.Page("/page", "private page", "text/plain");
        var url = new Uri($"http://innocent.test:{site.BaseUri.Port}/page");
        using var harness = new FetcherHarness(allowPrivate: false, names: new Dictionary<string, IPAddress[]> { ["innocent.test"] = [IPAddress.Loopback] });

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url}: refused: innocent.test resolves to 127.0.0.1, a loopback address", result.Error);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task FetchAsync_AnswerMixingPublicAndPrivate_RefusedAsAWhole()
    {
        var url = new Uri("http://mixed.test/");
        var answer = new[] { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.7") };
        using var harness = new FetcherHarness(allowPrivate: false, names: new Dictionary<string, IPAddress[]> { ["mixed.test"] = answer });

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url}: refused: mixed.test resolves to 10.0.0.7, a private address", result.Error);
    }

    [Fact]
    public async Task FetchAsync_PublicPageRedirectingToLoopback_RefusedAtTheHop()
    {
        // news.test stands for a public site: the harness calls it public although it is served from loopback.
        var secret = site.Page("/admin", "internal admin page", "text/plain");
        site.Redirect("/story", secret.AbsoluteUri);
        var url = new Uri($"http://news.test:{site.BaseUri.Port}/story");
        using var harness = new FetcherHarness(
            allowPrivate: false,
            names: new Dictionary<string, IPAddress[]> { ["news.test"] = [IPAddress.Loopback] },
            publicName: "news.test");

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.Equal($"{url} (redirected to {secret}): refused: 127.0.0.1 is a loopback address", result.Error);
        Assert.Equal(1, site.Hits("/story"));
        Assert.Equal(0, site.Hits("/admin"));
    }

    [Fact]
    public async Task FetchAsync_PublicPageRedirectingToANameOfTheMetadataService_RefusedAtConnect()
    {
        site.Redirect("/story", $"http://169.254.169.254.nip.test:{site.BaseUri.Port}/latest/meta-data/");
        var url = new Uri($"http://news.test:{site.BaseUri.Port}/story");
        using var harness = new FetcherHarness(
            allowPrivate: false,
            names: new Dictionary<string, IPAddress[]>
            {
                ["news.test"] = [IPAddress.Loopback],
                ["169.254.169.254.nip.test"] = [IPAddress.Parse("169.254.169.254")],
            },
            publicName: "news.test");

        var result = await harness.Web.FetchAsync(new FetchRequest(url), CancellationToken.None);

        Assert.EndsWith("refused: 169.254.169.254.nip.test resolves to 169.254.169.254, a cloud metadata address", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, site.Hits("/story"));
    }

    [Fact]
    public async Task FetchAsync_PublicNameOnLoopback_AllowedThroughTheSeam()
    {
        // Control for the two tests above: the seam really lets the "public" hop through, so the refusal is the hop's.
        site.Page("/story", "public story", "text/plain");
        using var harness = new FetcherHarness(
            allowPrivate: false,
            names: new Dictionary<string, IPAddress[]> { ["news.test"] = [IPAddress.Loopback] },
            publicName: "news.test");

        var result = await harness.Web.FetchAsync(new FetchRequest(new Uri($"http://news.test:{site.BaseUri.Port}/story")), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("public story"u8.ToArray(), result.Value!.Body.ToArray());
    }

    [Fact]
    public async Task FetchAsync_Refusal_LoggedAsWarningWithoutPath()
    {
        using var harness = new FetcherHarness(allowPrivate: false);

        await harness.Web.FetchAsync(new FetchRequest(new Uri("http://10.0.0.1/internal?key=abc")), CancellationToken.None);

        var record = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 6002);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, record.Level);
        Assert.DoesNotContain("key=abc", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/internal", record.Message, StringComparison.Ordinal);
    }
}

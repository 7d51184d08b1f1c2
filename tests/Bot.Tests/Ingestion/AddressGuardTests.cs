using Bot.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Ingestion;

public sealed class AddressGuardTests
{
    private static AddressGuard Guard(bool allowPrivate) =>
        new(Options.Create(new IngestionOptions { AllowPrivateAddresses = allowPrivate }));

    [Theory]
    [InlineData("http://localhost/", "localhost is a local name")]
    [InlineData("http://LOCALHOST./admin", "localhost is a local name")]
    [InlineData("http://api.localhost:8080/", "api.localhost is a local name")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal is a local name")]
    [InlineData("http://printer.local/", "printer.local is a local name")]
    [InlineData("http://127.0.0.1:5000/", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]/", "::1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "is a loopback address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address")]
    [InlineData("http://[fd00:ec2::254]/", "fd00:ec2::254 is a cloud metadata address")]
    [InlineData("http://10.0.0.1/", "10.0.0.1 is a private address")]
    [InlineData("http://0.0.0.0/", "0.0.0.0 is an unspecified address")]
    [InlineData("http://100.64.1.1/", "100.64.1.1 is a carrier-grade NAT address")]
    [InlineData("http://2130706433/", "127.0.0.1 is a loopback address")] // decimal form of 127.0.0.1, normalised by Uri
    public void CheckUrl_LocalTargetWithoutAllowPrivate_Refused(string url, string reason)
    {
        var refusal = Guard(allowPrivate: false).CheckUrl(new Uri(url));

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.example.com/news/1")]
    [InlineData("http://93.184.216.34/")]
    [InlineData("https://[2606:4700:4700::1111]/")]
    public void CheckUrl_PublicTarget_Allowed(string url)
    {
        Assert.Null(Guard(allowPrivate: false).CheckUrl(new Uri(url)));
    }

    [Fact]
    public void CheckUrl_AllowPrivate_LetsLoopbackThrough()
    {
        Assert.Null(Guard(allowPrivate: true).CheckUrl(new Uri("http://127.0.0.1:5000/")));
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://example.com/")]
    public void CheckUrl_NonHttpScheme_RefusedEvenWithAllowPrivate(string url)
    {
        Assert.Equal("only http and https URLs can be fetched", Guard(allowPrivate: true).CheckUrl(new Uri(url)));
    }
}

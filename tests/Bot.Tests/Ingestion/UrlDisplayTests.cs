using Bot.Ingestion;

namespace Bot.Tests.Ingestion;

public sealed class UrlDisplayTests
{
    [Theory]
    [InlineData("https://user:pw@example.com/a/b?c=d#e", "https://example.com/a/b?c=d#e")]
    [InlineData("https://example.com/a?token=x", "https://example.com/a?token=x")]
    [InlineData("http://example.com:8080/", "http://example.com:8080/")]
    public void ForMessage_DropsOnlyTheUserInfo(string url, string expected)
    {
        Assert.Equal(expected, UrlDisplay.ForMessage(new Uri(url)));
    }

    [Theory]
    [InlineData("https://user:pw@example.com/a/b?token=x", "https://example.com")]
    [InlineData("http://example.com:8080/feed?key=1", "http://example.com:8080")]
    [InlineData("http://[::1]:5000/x", "http://[::1]:5000")]
    public void ForLog_KeepsSchemeHostAndPortOnly(string url, string expected)
    {
        Assert.Equal(expected, UrlDisplay.ForLog(new Uri(url)));
    }
}

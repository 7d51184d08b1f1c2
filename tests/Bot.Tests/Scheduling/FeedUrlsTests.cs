using Bot.Scheduling.Feeds;

namespace Bot.Tests.Scheduling;

public sealed class FeedUrlsTests
{
    [Theory]
    [InlineData("https://www.Example.com/news/story/?utm_source=rss&utm_campaign=x#comments", "//example.com/news/story")]
    [InlineData("http://example.com:80/news/story", "//example.com/news/story")]
    [InlineData("https://example.com:8443/a?id=7&fbclid=abc&page=2", "//example.com:8443/a?id=7&page=2")]
    [InlineData("https://example.com/", "//example.com")]
    [InlineData("https://example.com", "//example.com")]
    [InlineData("ftp://example.com/file", null)]
    [InlineData("not a url", null)]
    public void Canonical_SameStoryDifferentDress_SameKey(string url, string? key)
    {
        Assert.Equal(key, FeedUrls.Canonical(url));
    }

    [Fact]
    public void Label_NeverShowsPathOrQuery()
    {
        var label = FeedUrls.Label("https://private.example/feed.xml?token=s3cr3t-t0ken");

        Assert.StartsWith("private.example#", label, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", label, StringComparison.Ordinal);
        Assert.Equal(label, FeedUrls.Label("https://private.example/feed.xml?token=s3cr3t-t0ken"));
    }

    [Theory]
    [InlineData("Sun, 29 Mar 2026 08:15:00 +0200", "2026-03-29T06:15:00Z")]
    [InlineData("Sun, 29 Mar 2026 08:15:00 GMT", "2026-03-29T08:15:00Z")]
    [InlineData("29 Mar 2026 08:15 EST", "2026-03-29T13:15:00Z")]
    [InlineData("Mon, 6 Apr 2026 9:05:00 -0700", "2026-04-06T16:05:00Z")]
    [InlineData("2026-03-29T08:15:00+02:00", "2026-03-29T06:15:00Z")]
    [InlineData("2026-03-29T08:15:00Z", "2026-03-29T08:15:00Z")]
    public void Dates_AsFeedsWriteThem_AreRead(string text, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("32 Foo 2026")]
    public void Dates_Unreadable_AreNull(string text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}

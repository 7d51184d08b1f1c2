using System.Text;
using Bot.Emulators.Feeds;
using Bot.Scheduling.Feeds;

namespace Bot.Tests.Scheduling;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://gazette.example/feed.xml");

    [Fact]
    public void Rss_HandWritten_ReadsEveryItemAsPlainText()
    {
        var feed = Parse(HandWrittenFeeds.Rss, "application/rss+xml");

        Assert.Equal(FeedKind.Rss, feed.Kind);
        Assert.Equal("The Harbour & City Gazette", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        var tram = feed.Items[0];
        Assert.Equal("gazette-1001", tram.Key);
        Assert.Equal("Council approves new tram line", tram.Title);
        Assert.Equal("https://gazette.example/2026/03/tram-line?utm_source=rss&utm_medium=feed", tram.Url);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 15, 0, TimeSpan.Zero), tram.Published);
        Assert.Equal("Ana Ruiz", tram.Author);
        Assert.Equal(["The council voted 31 to 12 to approve the tram line."], tram.Summary.Select(b => b.Text));
        Assert.Equal(
            [
                new TextBlock("The city council voted 31 to 12 on Tuesday to approve a €480 million tram line."),
                new TextBlock("Costs", IsHeading: true),
                new TextBlock("Construction starts in 2027."),
            ],
            tram.Content);
    }

    [Fact]
    public void Rss_ItemWithoutGuid_IsKeyedByItsLinkResolvedAgainstTheFeed()
    {
        var harbour = Parse(HandWrittenFeeds.Rss, null).Items[1];

        Assert.Equal("https://gazette.example/2026/03/harbour-closed", harbour.Url);
        Assert.Equal(harbour.Url, harbour.Key);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), harbour.Published);
        Assert.Empty(harbour.Content);
    }

    [Fact]
    public void Rss_UnreadableDate_IsNullNotAFailure()
    {
        var market = Parse(HandWrittenFeeds.Rss, null).Items[2];

        Assert.Equal("gazette-1003", market.Key);
        Assert.Null(market.Published);
    }

    [Fact]
    public void Atom_HandWritten_ResolvesXmlBaseAndSkipsEnclosures()
    {
        var feed = Parse(HandWrittenFeeds.Atom, "application/atom+xml");

        Assert.Equal(FeedKind.Atom, feed.Kind);
        Assert.Equal("Wire Service", feed.Title);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("tag:wire.example,2026:tram", entry.Key);
        Assert.Equal("Tram line approved – finally", entry.Title);
        Assert.Equal("https://wire.example/news/tram-line-approved", entry.Url);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 30, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("Wire Desk", entry.Author);
        Assert.Equal(["Councillors voted 31-12 for the tram."], entry.Summary.Select(b => b.Text));
        Assert.Equal(["Councillors voted 31-12 on Tuesday.", "Second paragraph."], entry.Content.Select(b => b.Text));
    }

    [Fact]
    public void JsonFeed_Version1_ReadsNumericIdsAndToleratesWrongTypes()
    {
        var feed = Parse(HandWrittenFeeds.JsonFeed, "application/feed+json");

        Assert.Equal(FeedKind.JsonFeed, feed.Kind);
        Assert.Equal("Datablog", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var inflation = feed.Items[0];
        Assert.Equal(("42", "Inflation falls to 2.1%", "https://data.example/posts/inflation"), (inflation.Key, inflation.Title, inflation.Url));
        Assert.Equal(["Inflation fell to 2.1% in March.", "Economists had expected 2.3%."], inflation.Content.Select(b => b.Text));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero), inflation.Published);
        Assert.Equal("Data Team", inflation.Author);
        var odd = feed.Items[1];
        Assert.Equal(("no-url", (string?)null, (string?)null, (DateTimeOffset?)null), (odd.Key, odd.Title, odd.Url, odd.Published));
    }

    [Theory]
    [InlineData(nameof(HandWrittenFeeds.EntityBomb), "not a valid feed")]
    [InlineData(nameof(HandWrittenFeeds.BrokenXml), "not a valid feed")]
    [InlineData(nameof(HandWrittenFeeds.JsonWithoutVersion), "JSON without a JSON Feed version")]
    [InlineData(nameof(HandWrittenFeeds.OpmlNotAFeed), "not RSS 2.0 or Atom (the document starts with <opml>)")]
    public void BadDocument_FailsWithAReason(string fixture, string reason)
    {
        var text = (string)typeof(HandWrittenFeeds).GetField(fixture)!.GetValue(null)!;

        var parsed = FeedParser.Parse(Encoding.UTF8.GetBytes(text), null, FeedUrl);

        Assert.False(parsed.IsSuccess);
        Assert.StartsWith(reason, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyBody_Fails()
    {
        var parsed = FeedParser.Parse(Encoding.UTF8.GetBytes("  \n"), "application/rss+xml", FeedUrl);

        Assert.Equal("the response was empty", parsed.Error);
    }

    [Fact]
    public void PlainPage_IsOneItemKeyedByItsCanonicalUrl()
    {
        var body = "Harbour reopens\n\nThe harbour reopened on Monday after the storm.";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(body), "text/plain", new Uri("https://www.gazette.example/news/harbour/?utm_source=x#top")).Value!;

        Assert.Equal(FeedKind.Page, feed.Kind);
        var item = Assert.Single(feed.Items);
        Assert.Equal("//gazette.example/news/harbour", item.Key);
        Assert.Equal("Harbour reopens", item.Title);
        Assert.Contains(item.Content, b => b.Text.Contains("reopened on Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void Rss_MaxItems_ReadsOnlyTheFirst()
    {
        var parsed = FeedParser.Parse(Encoding.UTF8.GetBytes(HandWrittenFeeds.Rss), null, FeedUrl, maxItems: 2);

        Assert.Equal(2, parsed.Value!.Items.Count);
    }

    private static ParsedFeed Parse(string text, string? mediaType)
    {
        var parsed = FeedParser.Parse(Encoding.UTF8.GetBytes(text), mediaType, FeedUrl);
        Assert.True(parsed.IsSuccess, parsed.Error);
        return parsed.Value!;
    }
}

using Bot.Scheduling.Feeds;
using Bot.Scheduling.Stories;
using Bot.Tests.EndToEnd;
using Bot.Tests.Scheduling.Fakes;

namespace Bot.Tests.Scheduling;

/// <summary>The offline sample feeds in seeds/feeds (README there): they parse, their items are full text, the tram
/// story they share is one story, and the terminal never reads them as seed articles.</summary>
public sealed class StarterFeedsTests
{
    private static readonly string Folder = Path.Combine(BuiltBot.SeedsFolder, "feeds");

    [Theory]
    [InlineData("sample-feed.xml", FeedKind.Rss, 3)]
    [InlineData("sample-wire.json", FeedKind.JsonFeed, 2)]
    public void SampleFeed_ParsesIntoFullTextItems(string file, FeedKind kind, int items)
    {
        var feed = Read(file);

        Assert.Equal(kind, feed.Kind);
        Assert.Equal(items, feed.Items.Count);
        Assert.All(feed.Items, i => Assert.Equal(Bot.Digest.Ingest.ArticleCompleteness.FullText, ItemArticles.ToArticle(i, "s", 100).Completeness));
    }

    [Fact]
    public void SampleFeeds_TheSharedTramStory_Clusters()
    {
        var gazette = ItemArticles.ToArticle(Read("sample-feed.xml").Items[0], "Gazette", 100);
        var wire = ItemArticles.ToArticle(Read("sample-wire.json").Items[0], "Wire", 100);
        var energy = ItemArticles.ToArticle(Read("sample-wire.json").Items[1], "Wire", 100);

        Assert.True(StoryWords.Jaccard(StoryWords.Of(gazette), StoryWords.Of(wire)) >= 0.5);
        Assert.True(StoryWords.Jaccard(StoryWords.Of(gazette), StoryWords.Of(energy)) < 0.2);
    }

    [Fact]
    public async Task SampleFeeds_ServedOnLoopback_DigestShowsTheTramStoryOnce()
    {
        await using var bot = await FeedsHarness.StartAsync(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
        var rss = bot.Server.SetText("/sample-feed.xml", await File.ReadAllTextAsync(Path.Combine(Folder, "sample-feed.xml")), "application/rss+xml").AbsoluteUri;
        var json = bot.Server.SetText("/sample-wire.json", await File.ReadAllTextAsync(Path.Combine(Folder, "sample-wire.json")), "application/feed+json").AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {rss}");
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {json}");

        await bot.SendAsync(FeedsHarness.Channel, "/digest-now");

        var post = Assert.Single(bot.Platform.Posts).Text;
        Assert.StartsWith("Daily digest: 4 stories\n", post, StringComparison.Ordinal);
        Assert.Contains("Also reported by: ", post, StringComparison.Ordinal);
    }

    private static ParsedFeed Read(string file)
    {
        var parsed = FeedParser.Parse(File.ReadAllBytes(Path.Combine(Folder, file)), null, new Uri("http://127.0.0.1:8765/" + file));
        Assert.True(parsed.IsSuccess, parsed.Error);
        return parsed.Value!;
    }
}

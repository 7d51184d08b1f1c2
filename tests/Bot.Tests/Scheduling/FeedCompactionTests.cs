using Bot.Emulators.Feeds;
using Bot.Scheduling;
using Bot.Tests.Scheduling.Fakes;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Scheduling;

/// <summary>Once a day the scheduler drops the stored text of feed items first seen over 91 days ago, keeping their
/// keys, URLs and hashes: the database stops growing with every story ever read, and an old item the feed still lists
/// is never "new" again.</summary>
public sealed class FeedCompactionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Tick_ItemsOlderThanTheRetention_LoseTheirTextButStayKnownAndDeduplicated()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var feed = Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"), Fixtures.Item("b", "Market opens on Sunday"));
        var url = bot.Server.SetFeed("/gazette.xml", feed).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        var store = bot.Get<IFeedStore>();

        bot.Time.Advance(TimeSpan.FromDays(92));
        bot.Server.SetFeed("/gazette.xml", feed = feed.With(Fixtures.Item("c", "Tram line approved")));
        await bot.TickAsync();

        Assert.Equal(["a", "b"], await CompactedKeysAsync(bot));
        Assert.Equal(["c"], (await store.ItemsSinceAsync([url], DateTimeOffset.MinValue, CancellationToken.None)).Select(i => i.Key));
        var compacted = Assert.Single(bot.Logs.Collector.GetSnapshot(), r => r.Id.Id == 3023);
        Assert.Equal("Feed items first seen over 91 days ago: stored text of 2 dropped (their keys stay, so they are never new again)", compacted.Message);

        // The feed still lists a and b: known, not new. Another feed carrying a's link: a duplicate of it, not a new story.
        bot.Server.SetFeed("/gazette.xml", feed.With(Fixtures.Item("d", "Bridge reopens")));
        var wire = bot.Server.SetFeed("/wire.xml", Fixtures.Feed(FeedFormat.Atom, "Wire", Fixtures.Item("a", "Harbour shut by storm") with { Id = "wire-1" })).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {wire}");
        Assert.Equal("200: 0 new, 1 duplicate(s), 0 known", (await store.GetAsync(wire, CancellationToken.None))!.LastResult);
        bot.Time.Advance(TimeSpan.FromMinutes(40));
        await bot.TickAsync();

        Assert.Equal("200: 1 new, 0 duplicate(s), 3 known", (await store.GetAsync(url, CancellationToken.None))!.LastResult);
    }

    [Fact]
    public async Task Tick_CompactsAtMostOnceADayAndOnlyPastTheRetention()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/gazette.xml", Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"))).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");

        bot.Time.Advance(TimeSpan.FromDays(90));
        await bot.TickAsync();                                  // compacts: nothing is 91 days old yet
        Assert.Empty(await CompactedKeysAsync(bot));

        bot.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(12));
        await bot.TickAsync();                                  // 91.5 days old, a day and a half later: compacts
        Assert.Equal(["a"], await CompactedKeysAsync(bot));
        Assert.Single(bot.Logs.Collector.GetSnapshot(), r => r.Id.Id == 3023);
    }

    [Fact]
    public async Task Tick_CompactionWithinADayOfTheLast_IsSkipped()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/gazette.xml", Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"))).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");

        bot.Time.Advance(TimeSpan.FromDays(90.5));
        await bot.TickAsync();                                  // compacts (nothing old enough)
        bot.Time.Advance(TimeSpan.FromDays(0.75));
        await bot.TickAsync();                                  // item now 91.25 days old, but the last compaction was 18 h ago

        Assert.Empty(await CompactedKeysAsync(bot));
        bot.Time.Advance(TimeSpan.FromDays(0.25));
        await bot.TickAsync();
        Assert.Equal(["a"], await CompactedKeysAsync(bot));
    }

    private static async Task<IReadOnlyList<string>> CompactedKeysAsync(FeedsHarness bot)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.Db.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_key FROM feed_items WHERE article_json = '' ORDER BY item_key;";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}

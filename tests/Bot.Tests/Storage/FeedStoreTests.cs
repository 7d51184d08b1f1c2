using Bot.Digest.Ingest;
using Bot.Scheduling.Digests;
using Bot.Scheduling.Feeds;
using Bot.Scheduling.Stories;
using Bot.Storage;

namespace Bot.Tests.Storage;

public sealed class FeedStoreTests
{
    private static readonly DateTimeOffset Seen = new(2026, 3, 28, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Start_OnAVersion2Database_UpgradesToVersion3WithDataIntact()
    {
        using var db = new TempDatabase();
        await db.ExecuteAsync("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2);" + Schema.V1 + Schema.V2 + """
            INSERT INTO subscriptions (conversation_key, platform, channel_id, thread_id, feed_url, created_at, schedule)
            VALUES ('discord:42', 'discord', '42', NULL, 'https://example.com/feed.xml', '2024-01-02T03:04:05.0000000Z', 'daily 08:00 Europe/Berlin');
            """);

        await db.Database.EnsureReadyAsync(CancellationToken.None);

        Assert.Equal(4L, await db.ScalarAsync("SELECT MAX(version) FROM schema_version;")); // through v3 (feeds) to v4 (summary cache)
        var subscription = Assert.Single(await new SqliteSubscriptionStore(db.Database).ListAllAsync(CancellationToken.None));
        Assert.Equal("daily 08:00 Europe/Berlin", subscription.Schedule);
        var feeds = new SqliteFeedStore(db.Database);
        await feeds.SaveAsync(new FeedState("https://example.com/feed.xml") { Failures = 2, LastResult = "HTTP 503" }, CancellationToken.None);
        Assert.Equal(2, (await feeds.GetAsync("https://example.com/feed.xml", CancellationToken.None))!.Failures);
    }

    [Fact]
    public async Task FeedState_RoundTripsEveryField()
    {
        using var db = new TempDatabase();
        var store = new SqliteFeedStore(db.Database);
        var state = new FeedState("https://a.example/f")
        {
            Kind = FeedKind.JsonFeed,
            Title = "A",
            ETag = "\"abc\"",
            LastModified = Seen.AddDays(-1),
            LastFetchAt = Seen,
            LastSuccessAt = Seen.AddMinutes(-30),
            LastResult = "HTTP 500",
            Failures = 5,
            NextFetchAt = Seen.AddHours(1),
            PausedAt = Seen,
            PauseReason = "HTTP 500 Internal Server Error",
        };

        await store.SaveAsync(state, CancellationToken.None);
        await store.SaveAsync(state with { Title = "A2" }, CancellationToken.None);

        Assert.Equal(state with { Title = "A2" }, await store.GetAsync(state.Url, CancellationToken.None));
        Assert.Null(await store.GetAsync("https://other.example/", CancellationToken.None));
    }

    [Fact]
    public async Task AddItems_DedupesByKeyThenUrlThenHash_AcrossFeeds()
    {
        using var db = new TempDatabase();
        var store = new SqliteFeedStore(db.Database);

        var first = await store.AddItemsAsync("f1", [Item("k1", "//a.example/1", "h1"), Item("k2", "//a.example/2", "h2")], Seen, CancellationToken.None);
        var again = await store.AddItemsAsync("f1", [Item("k1", "//a.example/1", "h1"), Item("k3", "//a.example/3", "h3")], Seen.AddHours(1), CancellationToken.None);
        var other = await store.AddItemsAsync("f2", [Item("x1", "//a.example/2", "zz"), Item("x2", null, "h3"), Item("x3", "//b.example/9", "h9")], Seen.AddHours(2), CancellationToken.None);

        Assert.Equal(new ItemsAdded(2, 0, 0), first);
        Assert.Equal(new ItemsAdded(1, 0, 1), again);
        Assert.Equal(new ItemsAdded(1, 2, 0), other);
        var all = await store.ItemsSinceAsync(["f1", "f2"], DateTimeOffset.MinValue, CancellationToken.None);
        var byKey = all.ToDictionary(i => i.Key);
        Assert.Equal((byKey["k2"].Id, "url"), (byKey["x1"].RootId, byKey["x1"].DuplicateBy));
        Assert.Equal((byKey["k3"].Id, "hash"), (byKey["x2"].RootId, byKey["x2"].DuplicateBy));
        Assert.Equal((byKey["x3"].Id, (string?)null), (byKey["x3"].RootId, byKey["x3"].DuplicateBy));
        Assert.Equal(["k3", "x1", "x2", "x3"], (await store.ItemsSinceAsync(["f1", "f2"], Seen, CancellationToken.None)).Select(i => i.Key));
    }

    [Fact]
    public async Task UpdateAndSetArticle_AreRemembered()
    {
        using var db = new TempDatabase();
        var store = new SqliteFeedStore(db.Database);
        var articles = new SqliteArticleStore(db.Database, db.Time);
        await store.AddItemsAsync("f1", [Item("k1", "//a.example/1", "h1")], Seen, CancellationToken.None);
        var item = Assert.Single(await store.ItemsSinceAsync(["f1"], DateTimeOffset.MinValue, CancellationToken.None));
        var (article, digest) = Samples.Article("Full story");
        var stored = await articles.SaveAsync(article, digest, CancellationToken.None);

        await store.UpdateItemAsync(item.Id, article, "full text from the page", CancellationToken.None);
        await store.SetArticleAsync([item.Id], stored.Id, CancellationToken.None);

        var updated = Assert.Single(await store.ItemsSinceAsync(["f1"], DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Equal(("Full story", true, "full text from the page", (long?)stored.Id), (updated.Article.Title, updated.PageChecked, updated.Note, updated.ArticleId));
        Assert.Equal([stored.Id], await store.FeedArticleIdsAsync([stored.Id, 999], CancellationToken.None));
    }

    [Fact]
    public async Task DigestState_RoundTripsWithItsReport()
    {
        using var db = new TempDatabase();
        var store = new SqliteDigestStateStore(db.Database);
        var report = new DigestReport(Seen, "posted 1 of 2 new stories", [new StoryDecision("Tram", "https://x.example/t", true, "story 1"), new StoryDecision("Harbour", null, false, "ranked 2")]);

        await store.SaveAsync(new DigestState("fake:C1", "daily 08:00 UTC", Seen, null, null), CancellationToken.None);
        await store.SaveAsync(new DigestState("fake:C1", "daily 08:00 UTC", Seen.AddDays(1), Seen.AddDays(1), report), CancellationToken.None);
        await store.SaveAsync(new DigestState("fake:C2", "weekdays 09:30 UTC", Seen, null, null), CancellationToken.None);

        var state = Assert.Single(await store.ListAsync("fake:C1", CancellationToken.None));
        Assert.Equal((Seen.AddDays(1), (DateTimeOffset?)Seen.AddDays(1)), (state.LastSlot, state.LastDigestAt));
        Assert.Equal(report.Summary, state.Report!.Summary);
        Assert.Equal(report.Decisions, state.Report.Decisions);
    }

    private static NewFeedItem Item(string key, string? canonical, string hash) =>
        new(key, canonical is null ? null : "https:" + canonical, canonical, hash, new Article("f", key, [new ArticleSection(0, null, ["Text."])]));
}

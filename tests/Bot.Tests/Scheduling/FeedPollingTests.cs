using Bot.Emulators.Feeds;
using Bot.Scheduling;
using Bot.Scheduling.Feeds;
using Bot.Tests.Scheduling.Fakes;

namespace Bot.Tests.Scheduling;

/// <summary>Polling over real HTTP (the loopback <see cref="FeedServer"/>): new items only, conditional GET, one fetch
/// per URL, dedupe across feeds, and the persisted back-off that ends in a pause with a notice.</summary>
public sealed class FeedPollingTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Poll_FeedGainsOneItem_StoresOnlyTheNewOne()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var feed = Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"), Fixtures.Item("b", "Market opens on Sunday"));
        var url = bot.Server.SetFeed("/gazette.xml", feed).AbsoluteUri;

        var subscribed = await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        bot.Server.SetFeed("/gazette.xml", feed.With(Fixtures.Item("c", "Tram line approved")));
        bot.Time.Advance(TimeSpan.FromMinutes(40));
        await bot.TickAsync();

        Assert.Contains("Fetched the RSS feed “Gazette”: 2 stories new.", subscribed, StringComparison.Ordinal);
        var state = await bot.Get<IFeedStore>().GetAsync(url, CancellationToken.None);
        Assert.Equal("200: 1 new, 0 duplicate(s), 2 known", state!.LastResult);
        var items = await bot.Get<IFeedStore>().ItemsSinceAsync([url], DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(["a", "b", "c"], items.Select(i => i.Key).Order(StringComparer.Ordinal));
        Assert.Equal(2, bot.Server.Fetches("/gazette.xml"));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Poll_UnchangedFeed_SendsItsValidatorsAndTakes304AsNothingNew(bool etag, bool lastModified)
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/wire.xml", Fixtures.Feed(FeedFormat.Atom, "Wire", Fixtures.Item("a", "Harbour closed")), etag, lastModified).AbsoluteUri;
        var poller = bot.Get<FeedPoller>();

        var first = await poller.PollAsync(url, CancellationToken.None);
        var second = await poller.PollAsync(url, CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, first.Status);
        Assert.Equal(etag, first.State.ETag is not null);
        Assert.Equal(lastModified, first.State.LastModified is not null);
        Assert.Equal(FeedPollStatus.NotModified, second.Status);
        Assert.Equal(1, bot.Server.NotModifiedCount("/wire.xml"));
        Assert.Equal("304: not modified", second.State.LastResult);
        Assert.Single(await bot.Get<IFeedStore>().ItemsSinceAsync([url], DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task Poll_TwoChannelsFollowingOneFeed_FetchItOncePerPoll()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/shared.json", Fixtures.Feed(FeedFormat.JsonFeed, "Shared", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        await bot.SendAsync(FeedsHarness.Other, $"/subscribe {url} daily 09:00 Europe/Berlin");
        var afterSubscribing = bot.Server.Fetches("/shared.json");

        bot.Time.Advance(TimeSpan.FromMinutes(40));
        await bot.TickAsync();
        await bot.TickAsync();

        Assert.Equal(afterSubscribing + 1, bot.Server.Fetches("/shared.json"));
    }

    [Fact]
    public async Task Poll_FeedFollowedOnlyOnAPlatformThisBotDoesNotRun_IsNotPolled()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/t.xml", Fixtures.Feed(FeedFormat.Rss, "T", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri;
        await bot.SendAsync(new Bot.Chat.Conversation("terminal", "local"), $"/subscribe {url}");

        bot.Time.Advance(TimeSpan.FromDays(2));
        await bot.TickAsync();

        Assert.Equal(1, bot.Server.Fetches("/t.xml"));
        Assert.Empty(bot.Platform.Posts);
    }

    [Fact]
    public async Task Poll_ConcurrentCallersForOneUrl_ShareOneFetch()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/slow.xml", Fixtures.Feed(FeedFormat.Rss, "Slow", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri;
        bot.Server.Hold("/slow.xml");
        var poller = bot.Get<FeedPoller>();

        var first = poller.PollAsync(url, CancellationToken.None);
        Assert.Equal("/slow.xml", await bot.Server.Requests.ReadAsync());
        var second = poller.PollAsync(url, CancellationToken.None);
        bot.Server.Release("/slow.xml");
        var results = await Task.WhenAll(first, second);

        Assert.Same(results[0], results[1]);
        Assert.Equal(1, bot.Server.Fetches("/slow.xml"));
    }

    [Fact]
    public async Task Poll_SameStoryInThreeFeeds_IsOneStoryByUrlAndByContent()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var body = FixtureText.Html("The council approved the tram line on Tuesday.", 200, seed: 1);
        var rss = bot.Server.SetFeed("/a.xml", Fixtures.Feed(FeedFormat.Rss, "A", new FixtureItem("a-1", "Tram approved", "https://news.example/tram?utm_source=a", ContentHtml: body))).AbsoluteUri;
        var atom = bot.Server.SetFeed("/b.xml", Fixtures.Feed(FeedFormat.Atom, "B", new FixtureItem("b-1", "Tram approved", "https://www.news.example/tram/#top", ContentHtml: body))).AbsoluteUri;
        var json = bot.Server.SetFeed("/c.json", Fixtures.Feed(FeedFormat.JsonFeed, "C", new FixtureItem("c-1", "Tram approved", "https://mirror.example/copy-of-tram", ContentHtml: body))).AbsoluteUri;
        var poller = bot.Get<FeedPoller>();

        var first = await poller.PollAsync(rss, CancellationToken.None);
        var byUrl = await poller.PollAsync(atom, CancellationToken.None);
        var byHash = await poller.PollAsync(json, CancellationToken.None);

        Assert.Equal(new ItemsAdded(1, 0, 0), first.Items);
        Assert.Equal(new ItemsAdded(0, 1, 0), byUrl.Items);
        Assert.Equal(new ItemsAdded(0, 1, 0), byHash.Items);
        var items = await bot.Get<IFeedStore>().ItemsSinceAsync([rss, atom, json], DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal([null, "url", "hash"], items.Select(i => i.DuplicateBy));
        Assert.Single(items.Select(i => i.RootId).Distinct());
    }

    [Fact]
    public async Task FailingFeed_BacksOffDoubling_PausesAfterFiveAndTellsEveryChannelHowToResume()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/down.xml", Fixtures.Feed(FeedFormat.Rss, "Down", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri;
        bot.Server.Fail("/down.xml", 503);
        var store = bot.Get<IFeedStore>();

        var reply = await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url} daily 08:00 Europe/Berlin");
        await bot.SendAsync(FeedsHarness.Other, $"/subscribe {url}");
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 10 && !(await store.GetAsync(url, CancellationToken.None))!.IsPaused; i++)
        {
            var state = (await store.GetAsync(url, CancellationToken.None))!;
            waits.Add(state.NextFetchAt!.Value - bot.Time.GetUtcNow());
            bot.Time.SetUtcNow(state.NextFetchAt!.Value);
            await bot.TickAsync();
        }

        var paused = (await store.GetAsync(url, CancellationToken.None))!;
        var fetchesWhenPaused = bot.Server.Fetches("/down.xml");
        bot.Time.Advance(TimeSpan.FromDays(2));
        await bot.TickAsync();

        Assert.Contains("The first fetch failed (HTTP 503 Service Unavailable); I will retry with back-off", reply, StringComparison.Ordinal);
        Assert.True(paused.IsPaused);
        Assert.Equal(5, paused.Failures);
        Assert.Equal(5, fetchesWhenPaused);
        Assert.Equal(fetchesWhenPaused, bot.Server.Fetches("/down.xml"));
        // Waits after failures 2, 3 and 4: 7.5 min × 2^(n-1), plus the same URL-derived jitter (≤ 10%) each time.
        Assert.Equal(3, waits.Count);
        Assert.Equal(2.0, waits[1] / waits[0], 6);
        Assert.Equal(2.0, waits[2] / waits[1], 6);
        Assert.InRange(waits[0].TotalMinutes, 15, 16.5);

        var notices = bot.Platform.Posts.Where(p => p.Message.Title == "Feed paused: 127.0.0.1").ToList();
        Assert.Equal([FeedsHarness.Channel, FeedsHarness.Other], notices.Select(n => n.Conversation));
        Assert.Contains("after 5 failed attempts in a row", notices[0].Text, StringComparison.Ordinal);
        Assert.Contains("Last error: HTTP 503 Service Unavailable", notices[0].Text, StringComparison.Ordinal);
        Assert.Contains($"To resume it, send /subscribe {url} daily 08:00 Europe/Berlin", notices[0].Text, StringComparison.Ordinal);
        Assert.Contains($"To resume it, send /subscribe {url} (it keeps", notices[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PausedFeed_StatusSaysSo_AndSubscribingAgainResumesIt()
    {
        await using var bot = await FeedsHarness.StartAsync(Start, new Dictionary<string, string?> { ["Feeds:PauseAfterFailures"] = "1" });
        var url = bot.Server.SetFeed("/flaky.xml", Fixtures.Feed(FeedFormat.Rss, "Flaky", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri;
        bot.Server.Fail("/flaky.xml", 404);
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");

        var status = await bot.SendAsync(FeedsHarness.Channel, "/status");
        bot.Server.Heal("/flaky.xml");
        var resumed = await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");

        Assert.Contains("PAUSED since 2026-03-27 12:00 UTC after 1 failure in a row (HTTP 404 Not Found)", status, StringComparison.Ordinal);
        Assert.Contains($"/subscribe {url} resumes it", status, StringComparison.Ordinal);
        Assert.Contains("It was paused; fetching resumes now. Fetched the RSS feed “Flaky”: 1 story new.", resumed, StringComparison.Ordinal);
        Assert.False((await bot.Get<IFeedStore>().GetAsync(url, CancellationToken.None))!.IsPaused);
    }

    [Fact]
    public async Task BackoffState_SurvivesARestart()
    {
        var bot = await FeedsHarness.StartAsync(Start);
        await using var _ = bot;
        var url = bot.Server.SetFeed("/down.xml", Fixtures.Feed(FeedFormat.Rss, "Down", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri;
        bot.Server.Fail("/down.xml", 500);
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        bot.Time.Advance(TimeSpan.FromMinutes(20));
        await bot.TickAsync();

        await using var restarted = await bot.RestartAsync();
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await restarted.TickAsync();
        var state = (await restarted.Get<IFeedStore>().GetAsync(url, CancellationToken.None))!;

        Assert.Equal(2, state.Failures);
        Assert.Equal(2, restarted.Server.Fetches("/down.xml"));
        Assert.True(state.NextFetchAt > restarted.Time.GetUtcNow());
        Assert.Equal("HTTP 500 Internal Server Error", state.LastResult);
    }

    [Fact]
    public async Task Politeness_SecondFetchToTheSameHost_WaitsForTheSpacing()
    {
        await using var bot = await FeedsHarness.StartAsync(Start, new Dictionary<string, string?> { ["Feeds:HostSpacingMilliseconds"] = "5000" });
        var a = bot.Server.SetFeed("/a.xml", Fixtures.Feed(FeedFormat.Rss, "A", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri;
        var b = bot.Server.SetFeed("/b.xml", Fixtures.Feed(FeedFormat.Rss, "B", Fixtures.Item("b", "Market opens"))).AbsoluteUri;
        var poller = bot.Get<FeedPoller>();

        var first = poller.PollAsync(a, CancellationToken.None);
        await first;
        var second = poller.PollAsync(b, CancellationToken.None);
        var arrivedEarly = bot.Server.Fetches("/b.xml");
        bot.Time.Advance(TimeSpan.FromMilliseconds(4999));
        var stillWaiting = bot.Server.Fetches("/b.xml");
        bot.Time.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        Assert.Equal((0, 0), (arrivedEarly, stillWaiting));
        Assert.Equal(1, bot.Server.Fetches("/b.xml"));
    }

    [Fact]
    public async Task FeedUrlsWithATokenInTheirQuery_NeverAppearInTheLogs()
    {
        await using var bot = await FeedsHarness.StartAsync(Start, new Dictionary<string, string?> { ["Feeds:PauseAfterFailures"] = "2" });
        var working = bot.Server.SetFeed("/private.xml", Fixtures.Feed(FeedFormat.Rss, "Private", Fixtures.Item("a", "Harbour closed"))).AbsoluteUri + "?token=s3cr3t-f33d-t0ken";
        var dead = "http://127.0.0.1:1/private.xml?token=s3cr3t-d3ad-t0ken";
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {working}");
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {dead}");
        bot.Time.Advance(TimeSpan.FromHours(1));
        await bot.TickAsync();

        var logs = bot.Logs.Collector.GetSnapshot();
        Assert.Contains(logs, r => r.Id.Id == 3001);
        Assert.Contains(logs, r => r.Id.Id == 3003 && r.Message.Contains("http://127.0.0.1:1", StringComparison.Ordinal));
        Assert.Contains(logs, r => r.Id.Id == 3004);
        Assert.DoesNotContain(logs, r => r.Message.Contains("s3cr3t", StringComparison.Ordinal) || (r.Exception?.ToString().Contains("s3cr3t", StringComparison.Ordinal) ?? false));
        Assert.Contains("s3cr3t-d3ad-t0ken", (await bot.SendAsync(FeedsHarness.Channel, "/status")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://a.example/feed?token=x: unreachable (connection refused)", "https://a.example: unreachable (connection refused)")]
    [InlineData("“http://b.example:8080/p/q” and (https://c.example/z)", "“http://b.example:8080” and (https://c.example)")]
    [InlineData("HTTP 503 Service Unavailable", "HTTP 503 Service Unavailable")]
    public void ForLog_CutsEveryUrlToItsOrigin(string reason, string logged)
    {
        Assert.Equal(logged, FeedUrls.ForLog(reason));
    }
}

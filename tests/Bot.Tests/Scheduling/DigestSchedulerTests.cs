using Bot.Chat.Delivery;
using Bot.Emulators.Feeds;
using Bot.Tests.Scheduling.Fakes;

namespace Bot.Tests.Scheduling;

/// <summary>The scheduler on a fake clock: slots across a daylight-saving change, one catch-up after downtime,
/// /digest-now standing in for a slot, and a restart after a claim that was never confirmed.</summary>
public sealed class DigestSchedulerTests
{
    private static readonly Dictionary<string, string?> HourlyTicks = new() { ["Feeds:TickSeconds"] = "3600" };

    private static readonly string[] DayTitles = ["Market opens on Sunday", "Tram line approved by council", "Inflation falls again in March"];

    [Fact]
    public async Task Daily0800Berlin_AcrossTheMarch2026Change_PostsAt0700ThenAt0600Utc()
    {
        await using var bot = await FeedsHarness.StartAsync(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero), HourlyTicks);
        var feed = Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("day0", "Harbour closed after the storm"));
        var url = bot.Server.SetFeed("/g.xml", feed).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url} daily 08:00 Europe/Berlin");

        var times = new List<DateTimeOffset>();
        for (var day = 1; day <= 3; day++)
        {
            var post = await RunUntilPostAsync(bot);
            times.Add(post.At);
            Assert.StartsWith("Daily digest: 1 story\n", post.Text, StringComparison.Ordinal);
            feed = feed.With(Fixtures.Item($"day{day}", DayTitles[day - 1]));
            bot.Server.SetFeed("/g.xml", feed);
        }

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 28, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 6, 0, 0, TimeSpan.Zero)],
            times);
        Assert.Equal(3, bot.Platform.Posts.Count);
    }

    [Fact]
    public async Task Restart_AfterMissingThreeSlots_PostsExactlyOneCatchUpDigest()
    {
        var first = await FeedsHarness.StartAsync(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero), HourlyTicks);
        await using var _ = first;
        var feed = Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"));
        var url = first.Server.SetFeed("/g.xml", feed).AbsoluteUri;
        await first.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        var daily = await RunUntilPostAsync(first);

        // The bot is down from 28 March 08:00 to 31 March 09:30 UTC; three stories arrive meanwhile.
        first.Server.SetFeed("/g.xml", feed.With(Fixtures.Item("b", "Market opens on Sunday"), Fixtures.Item("c", "Tram line approved"), Fixtures.Item("d", "Inflation falls again")));
        await using var bot = await first.RestartAsync();
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 9, 30, 0, TimeSpan.Zero));
        await bot.TickAsync();
        await bot.TickAsync();
        bot.Time.Advance(TimeSpan.FromHours(1));
        await bot.TickAsync();
        await using var again = await bot.RestartAsync();
        await again.TickAsync();

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero), daily.At);
        var catchUp = Assert.Single(bot.Platform.Posts);
        Assert.StartsWith("Since you last heard from me: 3 stories\n", catchUp.Text, StringComparison.Ordinal);
        Assert.Empty(again.Platform.Posts);

        again.Server.SetFeed("/g.xml", feed.With(Fixtures.Item("e", "Museum reopens its doors")));
        var next = await RunUntilPostAsync(again);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero), next.At);
        Assert.StartsWith("Daily digest: 1 story\n", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestNow_BeforeTheSlot_StandsInForIt_ButLaterInTheDayIsAnExtra()
    {
        await using var bot = await FeedsHarness.StartAsync(new DateTimeOffset(2026, 3, 28, 7, 50, 0, TimeSpan.Zero), HourlyTicks);
        var feed = Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"), Fixtures.Item("b", "Market opens on Sunday"));
        var url = bot.Server.SetFeed("/g.xml", feed).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");

        await bot.SendAsync(FeedsHarness.Channel, "/digest-now");
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero));
        await bot.TickAsync();
        var status = await bot.SendAsync(FeedsHarness.Channel, "/status");
        bot.Server.SetFeed("/g.xml", feed = feed.With(Fixtures.Item("c", "Tram line approved")));
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 3, 28, 15, 0, 0, TimeSpan.Zero));
        await bot.SendAsync(FeedsHarness.Channel, "/digest-now");
        bot.Server.SetFeed("/g.xml", feed.With(Fixtures.Item("d", "Inflation falls again")));
        var tomorrow = await RunUntilPostAsync(bot, after: 2);

        Assert.Equal(3, bot.Platform.Posts.Count);
        Assert.StartsWith("Daily digest: 2 stories\n", bot.Platform.Posts[0].Text, StringComparison.Ordinal);
        Assert.Contains("Last run: slot 2026-03-28 08:00 (UTC): already delivered by /digest-now", status, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 15, 0, 0, TimeSpan.Zero), bot.Platform.Posts[1].At);
        Assert.Contains("Tram line approved", bot.Platform.Posts[1].Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero), tomorrow.At);
        Assert.StartsWith("Daily digest: 1 story\n", tomorrow.Text, StringComparison.Ordinal);
        Assert.Contains("Inflation falls again", tomorrow.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterAClaimThatWasNeverConfirmed_PostsItOnceAndNoSecondDigest()
    {
        var first = await FeedsHarness.StartAsync(new DateTimeOffset(2026, 3, 28, 7, 0, 0, TimeSpan.Zero), HourlyTicks);
        await using var _ = first;
        var url = first.Server.SetFeed("/g.xml", Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"))).AbsoluteUri;
        await first.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        first.Platform.FailNext = 1;
        first.Time.SetUtcNow(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero));
        await first.TickAsync();

        await using var bot = await first.RestartAsync();
        await bot.TickAsync();
        var reconciled = await bot.Get<DeliveryService>().ReconcileAsync(CancellationToken.None);
        await bot.TickAsync();

        Assert.Empty(first.Platform.Posts);
        Assert.Equal(1, reconciled);
        var post = Assert.Single(bot.Platform.Posts);
        Assert.StartsWith("Daily digest: 1 story\n", post.Text, StringComparison.Ordinal);
        Assert.Equal(1L, await bot.Db.ScalarAsync("SELECT COUNT(*) FROM deliveries;"));
        Assert.Equal(0L, await bot.Db.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE state <> 'delivered';"));
    }

    [Fact]
    public async Task Loop_WakesAtTheSlot_AndKeepsGoingAfterAFailingIteration()
    {
        await using var bot = await FeedsHarness.StartAsync(new DateTimeOffset(2026, 3, 28, 7, 58, 30, TimeSpan.Zero));
        var url = bot.Server.SetFeed("/g.xml", Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Harbour closed after the storm"))).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        var scheduler = bot.Scheduler;
        var waits = System.Threading.Channels.Channel.CreateUnbounded<DateTimeOffset>();
        scheduler.Waiting = wake => waits.Writer.TryWrite(wake);

        await scheduler.StartAsync(CancellationToken.None);
        var tickWake = await waits.Reader.ReadAsync();
        bot.Time.SetUtcNow(tickWake);
        var slotWake = await waits.Reader.ReadAsync();
        await bot.Db.ExecuteAsync("ALTER TABLE digest_runs RENAME TO digest_runs_away;");
        bot.Time.SetUtcNow(slotWake);
        var afterFailure = await waits.Reader.ReadAsync();
        await bot.Db.ExecuteAsync("ALTER TABLE digest_runs_away RENAME TO digest_runs;");
        bot.Time.SetUtcNow(afterFailure);
        var post = await bot.Platform.Arrivals.ReadAsync();
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 7, 59, 30, TimeSpan.Zero), tickWake);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero), slotWake);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 8, 1, 0, TimeSpan.Zero), afterFailure);
        Assert.Contains(bot.Logs.Collector.GetSnapshot(), r => r.Id.Id == 3021);
        Assert.Equal(afterFailure, post.At);
        Assert.StartsWith("Daily digest: 1 story\n", post.Text, StringComparison.Ordinal);
    }

    /// <summary>Ticks, jumping the clock to each wake-up time, until a new post arrives.</summary>
    private static async Task<Post> RunUntilPostAsync(FeedsHarness bot, int after = -1)
    {
        var before = after < 0 ? bot.Platform.Posts.Count : after;
        for (var i = 0; i < 500; i++)
        {
            var wake = await bot.TickAsync();
            if (bot.Platform.Posts.Count > before)
            {
                return bot.Platform.Posts[before];
            }

            bot.Time.SetUtcNow(wake);
        }

        throw new InvalidOperationException("no post within 500 ticks");
    }
}

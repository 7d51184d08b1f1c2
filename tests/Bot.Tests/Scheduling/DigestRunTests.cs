using System.Text.RegularExpressions;
using Bot.Emulators.Feeds;
using Bot.Tests.Scheduling.Fakes;

namespace Bot.Tests.Scheduling;

/// <summary>/digest-now over real feeds: near-duplicates shown once with their other sources, teasers resolved through
/// their pages (or kept and labelled, or skipped with a reason), numbered follow-ups, and /status explaining it all.</summary>
public sealed partial class DigestRunTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 28, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DigestNow_SameStoryFromThreeFeeds_IsShownOnceWithItsOtherSources()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var gazette = bot.Server.SetFeed("/gazette.xml", Fixtures.Feed(FeedFormat.Rss, "Gazette",
            Story("g-tram", "Council approves new tram line to the airport", "The city council voted 31 to 12 on Tuesday to approve a 480 million euro tram line linking the central station with the airport.", 1),
            Fixtures.Item("g-harbour", "Harbour closed after the storm", Start.AddHours(-1))));
        var wire = bot.Server.SetFeed("/wire.atom", Fixtures.Feed(FeedFormat.Atom, "Wire Service",
            Story("w-tram", "Airport tram line approved by council", "City councillors voted 31-12 on Tuesday to approve the 480 million euro tram line between the central station and the airport.", 2),
            Fixtures.Item("w-market", "Market opens on Sunday", Start.AddHours(-1))));
        var data = bot.Server.SetFeed("/data.json", Fixtures.Feed(FeedFormat.JsonFeed, "Datablog",
            Story("d-tram", "Council backs airport tram line", "The city council voted 31 to 12 on Tuesday to back the 480 million euro tram line linking the central station with the airport.", 3),
            Fixtures.Item("d-inflation", "Inflation falls to two percent", Start.AddHours(-1))));
        foreach (var url in new[] { gazette, wire, data })
        {
            await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");
        }

        var reply = await bot.SendAsync(FeedsHarness.Channel, "/digest-now");
        var post = Assert.Single(bot.Platform.Posts).Text;
        var summary = await bot.SendAsync(FeedsHarness.Channel, "/summary 1");
        var status = await bot.SendAsync(FeedsHarness.Channel, "/status");

        Assert.StartsWith("Posted a digest of 4 stories.", reply, StringComparison.Ordinal);
        Assert.StartsWith("Daily digest: 4 stories\n", post, StringComparison.Ordinal);
        var headings = StoryHeading().Matches(post).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, headings.Count);
        Assert.Single(headings, h => h.Contains("tram", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("tram", headings[0], StringComparison.OrdinalIgnoreCase);
        Assert.Matches("Also reported by: (Gazette|Wire Service|Datablog) <https://news.example/[gwd]-tram>, (Gazette|Wire Service|Datablog) <https://news.example/[gwd]-tram>", post);
        Assert.Single(AlsoReported().Matches(post));
        Assert.Contains("tram", summary.Split('\n')[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Last run: /digest-now: posted 4 of 4 new stories", status, StringComparison.Ordinal);
        Assert.Contains("listed as another source", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestNow_Teasers_FetchTheFullPage_LabelAPaywall_AndSkipAnEmptyPage()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        bot.Server.SetText("/story/harbour", Page("Harbour reopens after repairs | Gazette", "<h1>Harbour reopens after repairs</h1>" + FixtureText.Html("The harbour reopened on Monday after three weeks of repairs.", 300, 7)));
        bot.Server.SetText("/story/fares", Page("Tram fares to rise in May", "<h1>Tram fares to rise in May</h1><div class=\"paywall\"><p>Subscribe to continue reading.</p><p>Already a subscriber? <a href=/login>Sign in</a>.</p></div>"));
        bot.Server.SetText("/story/mayor", Page("Mayor resigns", "<div id=\"app\">Loading…</div>"));
        var url = bot.Server.SetFeed("/teasers.xml", Fixtures.Feed(FeedFormat.Rss, "Teasers",
            new FixtureItem("t-harbour", "Harbour reopens after repairs", bot.Server.Url("/story/harbour").AbsoluteUri, Summary: "The harbour reopened on Monday. Read more"),
            new FixtureItem("t-fares", "Tram fares to rise in May", bot.Server.Url("/story/fares").AbsoluteUri, Summary: "Tram fares will rise by 10% in May, the transport authority said on Friday."),
            new FixtureItem("t-mayor", "Mayor resigns", bot.Server.Url("/story/mayor").AbsoluteUri))).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");

        await bot.SendAsync(FeedsHarness.Channel, "/digest-now");
        var post = Assert.Single(bot.Platform.Posts).Text;
        var harbour = Number(post, "Harbour reopens after repairs");
        var fares = Number(post, "Tram fares to rise in May");
        var full = await bot.SendAsync(FeedsHarness.Channel, $"/summary {harbour}");
        var teaser = await bot.SendAsync(FeedsHarness.Channel, $"/summary {fares}");
        var status = await bot.SendAsync(FeedsHarness.Channel, "/status");

        Assert.StartsWith("Daily digest: 2 stories\n", post, StringComparison.Ordinal);
        Assert.Equal([1, 2], new[] { harbour, fares }.Order());
        Assert.Contains("Teaser only: the page is behind a paywall (“subscribe to continue”; ", post, StringComparison.Ordinal);
        Assert.DoesNotContain("Mayor", post, StringComparison.Ordinal);
        Assert.Contains("full text", full, StringComparison.Ordinal);
        Assert.Contains("three weeks of repairs", full, StringComparison.Ordinal);
        Assert.Contains("teaser only", teaser, StringComparison.Ordinal);
        Assert.Contains($"Mayor resigns <{bot.Server.Url("/story/mayor")}> — skipped: the page has no article text, and the feed gives almost no text of its own", status, StringComparison.Ordinal);
        Assert.Equal(1, bot.Server.Fetches("/story/harbour"));
    }

    [Fact]
    public async Task DigestNow_NoFeedsOnAChannelPlatform_SaysHowToSubscribe()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);

        var reply = await bot.SendAsync(FeedsHarness.Channel, "/digest-now");

        Assert.Equal("This channel follows no feeds yet. Add one with /subscribe <feed-url> [schedule]; /digest-now then posts its best new stories.\n", reply);
        Assert.Empty(bot.Platform.Posts);
    }

    [Fact]
    public async Task DigestNow_Twice_SecondTimeHasNothingNew()
    {
        await using var bot = await FeedsHarness.StartAsync(Start);
        var url = bot.Server.SetFeed("/a.xml", Fixtures.Feed(FeedFormat.Rss, "A", Fixtures.Item("a", "Harbour closed after the storm"))).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url}");

        await bot.SendAsync(FeedsHarness.Channel, "/digest-now");
        var again = await bot.SendAsync(FeedsHarness.Channel, "/digest-now");

        Assert.Single(bot.Platform.Posts);
        Assert.StartsWith("Nothing new since the last digest here (1 feed checked).", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ShowsSourcesNextRunAndWhatWouldBeIncluded()
    {
        await using var bot = await FeedsHarness.StartAsync(Start, new Dictionary<string, string?> { ["Feeds:StoriesPerDigest"] = "1" });
        var url = bot.Server.SetFeed("/a.xml", Fixtures.Feed(FeedFormat.Rss, "Gazette",
            Fixtures.Item("a", "Harbour closed after the storm", Start.AddHours(-1)), Fixtures.Item("b", "Market opens on Sunday", Start.AddHours(-30)))).AbsoluteUri;
        await bot.SendAsync(FeedsHarness.Channel, $"/subscribe {url} weekdays 09:30 America/New_York");

        var status = await bot.SendAsync(FeedsHarness.Channel, "/status");

        Assert.Contains("Sources: 1", status, StringComparison.Ordinal);
        Assert.Contains("Gazette <" + url + "> — RSS, last fetch 2026-03-28 10:00 UTC (200: 2 new, 0 duplicate(s), 0 known)", status, StringComparison.Ordinal);
        Assert.Contains("; 2 waiting", status, StringComparison.Ordinal);
        // Saturday 28 March → Monday 30 March 09:30 EDT = 13:30 UTC.
        Assert.Contains("weekdays 09:30 America/New_York (1 feed): 2026-03-30 09:30 (America/New_York, 13:30 UTC)", status, StringComparison.Ordinal);
        Assert.Contains("Stories waiting: 2", status, StringComparison.Ordinal);
        Assert.Contains("✓ Harbour closed after the storm", status, StringComparison.Ordinal);
        Assert.Contains("would be story 1; score", status, StringComparison.Ordinal);
        Assert.Contains("✗ Market opens on Sunday", status, StringComparison.Ordinal);
        Assert.Contains("ranked 2, below the top 1", status, StringComparison.Ordinal);
    }

    /// <summary>The number of the story with this title in a daily digest ("2. Title" → 2).</summary>
    private static int Number(string post, string title) =>
        int.Parse(StoryHeading().Matches(post).Single(m => m.Groups[1].Value == title).Value.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string Page(string title, string body) =>
        $"<!doctype html><html><head><title>{title}</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>{body}</article><footer>© Gazette</footer></body></html>";

    private static FixtureItem Story(string id, string title, string lead, int seed) =>
        new(id, title, $"https://news.example/{id}", Summary: lead, ContentHtml: FixtureText.Html(lead, 220, seed), Published: Start.AddHours(-1));

    [GeneratedRegex(@"^\d+\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex StoryHeading();

    [GeneratedRegex("Also reported by:")]
    private static partial Regex AlsoReported();
}

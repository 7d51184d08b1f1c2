namespace Bot.Scheduling;

/// <summary>The "Feeds" configuration section: polling, politeness, failure handling and digests. Validated at start
/// (<see cref="FeedsOptionsValidator"/>), every bad key reported at once.</summary>
public sealed class FeedsOptions
{
    public const string Section = "Feeds";

    /// <summary>The schedule of a subscription made without one (any form /subscribe accepts).</summary>
    public string DefaultSchedule { get; set; } = "daily 08:00 UTC";

    /// <summary>Stories in one digest (scheduled or /digest-now).</summary>
    public int StoriesPerDigest { get; set; } = 5;

    /// <summary>How often each feed is fetched (one fetch per URL, however many channels follow it).</summary>
    public int PollMinutes { get; set; } = 30;

    /// <summary>Fetches in flight at once, all hosts together.</summary>
    public int MaxConcurrentFetches { get; set; } = 4;

    /// <summary>Fetches in flight at once to one host (politeness): 1 or 2.</summary>
    public int PerHostConcurrency { get; set; } = 1;

    /// <summary>At least this long between the starts of two fetches to the same host (politeness).</summary>
    public int HostSpacingMilliseconds { get; set; } = 1000;

    /// <summary>A feed failing this many times in a row is paused, with a notice in the channels that follow it.</summary>
    public int PauseAfterFailures { get; set; } = 5;

    /// <summary>The longest wait between retries of a failing feed (the back-off doubles from PollMinutes / 4).</summary>
    public int BackoffMaxMinutes { get; set; } = 360;

    /// <summary>Schedules firing more often than this are refused (a channel is not a ticker).</summary>
    public int MinScheduleIntervalMinutes { get; set; } = 60;

    /// <summary>Feed text with fewer words than this is a teaser: the linked page is fetched for the full text.</summary>
    public int FullTextWords { get; set; } = 100;

    /// <summary>A fetched page with fewer words than this is "empty" (or a paywall): the teaser is kept, marked so.</summary>
    public int MinPageWords { get; set; } = 120;

    /// <summary>Word-set Jaccard similarity of title + lead at or above which two stories are one (0.2–0.95).</summary>
    public double ClusterSimilarity { get; set; } = 0.5;

    /// <summary>Items first seen longer ago than this never enter a digest (also bounds a catch-up digest).</summary>
    public int MaxStoryAgeHours { get; set; } = 168;

    /// <summary>Before a digest, feeds not fetched within this many minutes are fetched first.</summary>
    public int FreshnessMinutes { get; set; } = 10;

    /// <summary>The scheduler wakes at least this often (and exactly at each digest slot).</summary>
    public int TickSeconds { get; set; } = 60;

    /// <summary>Items read from one fetch (newest first as the feed lists them); the rest are ignored.</summary>
    public int MaxItemsPerFeed { get; set; } = 200;

    /// <summary>Comma-separated platforms whose digests also hold the stored articles that came from no feed (seeds,
    /// pasted or /digest articles). Only the local terminal by default: one channel's pasted articles never reach
    /// another channel.</summary>
    public string StoredArticlesPlatforms { get; set; } = "terminal";

    /// <summary>
    /// Feed items first seen longer ago than this keep only their keys, URLs and content hash (the text is dropped once
    /// a day), so the database does not grow with every story ever read while dedupe still remembers them. Longer than
    /// the largest MaxStoryAgeHours accepted (90 days): a compacted item could never be a digest candidate anyway.
    /// </summary>
    public static readonly TimeSpan ItemTextRetention = TimeSpan.FromDays(91);

    /// <summary>How often the scheduler compacts old feed items.</summary>
    public static readonly TimeSpan CompactionInterval = TimeSpan.FromDays(1);

    public TimeSpan PollInterval => TimeSpan.FromMinutes(PollMinutes);

    public TimeSpan HostSpacing => TimeSpan.FromMilliseconds(HostSpacingMilliseconds);

    public TimeSpan BackoffMax => TimeSpan.FromMinutes(BackoffMaxMinutes);

    public TimeSpan MaxStoryAge => TimeSpan.FromHours(MaxStoryAgeHours);

    public TimeSpan Freshness => TimeSpan.FromMinutes(FreshnessMinutes);

    public TimeSpan Tick => TimeSpan.FromSeconds(TickSeconds);

    public bool IncludesStoredArticles(string platform) =>
        StoredArticlesPlatforms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(platform, StringComparer.OrdinalIgnoreCase);
}

namespace Bot.Scheduling.Feeds;

public enum FeedPollStatus
{
    /// <summary>Fetched and read (200).</summary>
    Fetched,

    /// <summary>304: nothing new.</summary>
    NotModified,

    /// <summary>The fetch or the parse failed; the back-off decides the next attempt.</summary>
    Failed,

    /// <summary>This failure paused the feed (the notice went out).</summary>
    PausedNow,

    /// <summary>Not fetched: the feed is paused.</summary>
    Paused,
}

/// <summary>One poll of one feed URL.</summary>
public sealed record FeedPollResult(string Url, FeedPollStatus Status, FeedState State, ItemsAdded? Items = null, string? Problem = null);

namespace Bot.Scheduling.Feeds;

/// <summary>What the bot knows about one feed URL (shared by every channel that follows it).</summary>
/// <param name="Url">The URL as subscribed (normalised by /subscribe).</param>
public sealed record FeedState(string Url)
{
    public FeedKind? Kind { get; init; }

    public string? Title { get; init; }

    /// <summary>The validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since.</summary>
    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset? LastFetchAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>"200: 3 new, 1 duplicate", "304: not modified", "HTTP 503 Service Unavailable".</summary>
    public string? LastResult { get; init; }

    /// <summary>Failed fetches in a row (0 after a success).</summary>
    public int Failures { get; init; }

    /// <summary>When it is due again: the poll interval after a success, the back-off after a failure.</summary>
    public DateTimeOffset? NextFetchAt { get; init; }

    public DateTimeOffset? PausedAt { get; init; }

    public string? PauseReason { get; init; }

    public bool IsPaused => PausedAt is not null;

    /// <summary>The feed's title, else its host: how digests name the source.</summary>
    public string Name => Title ?? (Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : Url);
}

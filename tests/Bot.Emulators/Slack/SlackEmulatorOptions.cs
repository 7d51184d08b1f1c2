namespace Bot.Emulators.Slack;

/// <summary>Knobs of the Slack emulator; the defaults behave like Slack as the protocol brief describes it.</summary>
public sealed record SlackEmulatorOptions
{
    /// <summary>Slack allows 10 Socket Mode connections per app; the next one gets <c>too_many_websockets</c>.</summary>
    public int MaxConnections { get; init; } = 10;

    public TimeSpan AckDeadline { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>events_api envelopes not acked within the deadline are redelivered (retry_attempt 1..3).</summary>
    public bool RedeliverUnackedEvents { get; init; } = true;

    /// <summary>chat.postMessage: about 1 per second per channel, with this burst, then HTTP 429.</summary>
    public int PostBurst { get; init; } = 3;

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Total block text above this is <c>msg_blocks_too_long</c> (observed ~13k; brief default 12,000).</summary>
    public int CumulativeBlockTextLimit { get; init; } = 12_000;

    /// <summary>Connection lifetime: <c>warning</c> 10 s before, <c>refresh_requested</c> at the end; null = forever.</summary>
    public TimeSpan? ConnectionLifetime { get; init; }

    /// <summary>Emulates the <c>chat:write.public</c> scope: post to public channels without joining.</summary>
    public bool ChatWritePublic { get; init; }
}

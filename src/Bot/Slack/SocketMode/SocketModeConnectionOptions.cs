namespace Bot.Slack.SocketMode;

/// <summary>Socket Mode tuning (SlackNet's <c>SocketModeConnectionOptions</c>); defaults follow the protocol brief §1.9.</summary>
public sealed record SocketModeConnectionOptions
{
    /// <summary>Appends <c>&amp;debug_reconnects=true</c>: Slack then refreshes the connection every ~360 s.</summary>
    public bool DebugReconnects { get; init; }

    /// <summary>Client PING interval; with <see cref="KeepAliveTimeout"/> set, .NET aborts a socket whose PONG is late.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A backstop for a "connected but deaf" socket: dead links are caught within seconds by the keep-alive PING/PONG
    /// above, so this only replaces (the zero-loss way, new one first) a socket that answers pings yet has delivered no
    /// app message for this long. Long enough that a quiet workspace does not churn connections (Slack counts them).
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an old socket may take to answer our close frame before it is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages above this are read to their end and dropped (Slack's envelopes are ~50 KB at most).</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;
}

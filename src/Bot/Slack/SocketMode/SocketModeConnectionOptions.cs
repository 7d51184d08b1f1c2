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
    /// .NET answers Slack's pings without telling us, so the only frames we see are app messages. A socket silent this
    /// long is replaced the zero-loss way (new one first), which costs a quiet but healthy link nothing.
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an old socket may take to answer our close frame before it is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages above this are read to their end and dropped (Slack's envelopes are ~50 KB at most).</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;
}

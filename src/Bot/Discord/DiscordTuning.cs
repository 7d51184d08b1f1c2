using Bot.Discord.Gateway;

namespace Bot.Discord;

/// <summary>
/// Timings and capacities that are not configuration (Discord dictates them), gathered in one place so tests can
/// shrink them. Registered as a singleton by <c>AddDiscord</c>; a test replaces it before building the host.
/// </summary>
public sealed record DiscordTuning
{
    /// <summary>If the router neither replied nor deferred by then (after local receipt), the adapter defers
    /// itself, well inside Discord's 3 s.</summary>
    public TimeSpan SafetyNetDefer { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Autocomplete cannot be deferred: by then an unanswered request gets an empty choice list.</summary>
    public TimeSpan AutocompleteSafetyNet { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Gateway dispatches waiting for the interaction worker (the receive loop never waits on it).</summary>
    public int DispatchQueueCapacity { get; init; } = 256;

    /// <summary>Chat events waiting for the router's <c>ReadAsync</c>.</summary>
    public int EventQueueCapacity { get; init; } = 64;

    /// <summary>Uniform [0,1) source for the first heartbeat's jitter.</summary>
    public Func<double> HeartbeatJitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>Delays between gateway reconnect attempts.</summary>
    public ReconnectPolicy Reconnect { get; init; } = ReconnectPolicy.Default;

    /// <summary>How many times a 5xx or a network failure is retried, and the first back-off (doubling).</summary>
    public int ServerErrorRetries { get; init; } = 3;

    public TimeSpan ServerErrorBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>401/403/429 answers in a sliding 10 minutes after which the client refuses to send
    /// (Cloudflare bans an IP at 10,000).</summary>
    public int InvalidRequestLimit { get; init; } = 1000;

    /// <summary>Timeout of one REST call (Discord.Net's DefaultRequestTimeout).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);
}

namespace Bot.Discord.Gateway;

/// <summary>
/// Delays between reconnect attempts: <c>initial × 2^attempt</c>, capped, plus or minus a uniform jitter.
/// The attempt counter belongs to the caller, which resets it only after READY or RESUMED (never merely on
/// socket open, brief §9 failure 4).
/// </summary>
public sealed class ReconnectPolicy(TimeSpan initial, TimeSpan maximum, TimeSpan jitter, Func<double>? random = null)
{
    /// <summary>1 s doubling, ±250 ms, capped at 60 s (what Discord.Net does).</summary>
    public static ReconnectPolicy Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250));

    /// <summary>No waiting at all: for tests that drive reconnects through a loopback emulator.</summary>
    public static ReconnectPolicy Immediate { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    private readonly Func<double> random = random ?? Random.Shared.NextDouble;

    public TimeSpan NextDelay(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, maximum.TotalMilliseconds);
        var spread = jitter.TotalMilliseconds * ((random() * 2) - 1);
        var delay = Math.Clamp(capped + spread, 0, maximum.TotalMilliseconds + jitter.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay);
    }

    public Task WaitAsync(int attempt, TimeProvider time, CancellationToken cancellationToken)
    {
        var delay = NextDelay(attempt);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, cancellationToken);
    }
}

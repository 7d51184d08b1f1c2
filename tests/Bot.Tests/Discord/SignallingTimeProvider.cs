using Bot.Emulators.Discord;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord;

/// <summary>A <see cref="FakeTimeProvider"/> that records every timer created, so a test can wait until the code
/// under test is actually waiting (a back-off, a retry_after) before advancing the clock: no sleeps, no races.</summary>
public sealed class SignallingTimeProvider : FakeTimeProvider
{
    public SignallingTimeProvider()
        : base(new DateTimeOffset(2026, 8, 1, 7, 0, 0, TimeSpan.Zero))
    {
    }

    public Recording<CreatedTimer> Timers { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Timers.Add(new CreatedTimer(dueTime, period, GetUtcNow()));
        return timer;
    }
}

public sealed record CreatedTimer(TimeSpan DueTime, TimeSpan Period, DateTimeOffset CreatedAt);

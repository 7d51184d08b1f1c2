using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Summarizing.Fakes;

/// <summary>A <see cref="FakeTimeProvider"/> that reports every timer created on it (its due time), so a test can wait
/// until the code under test is waiting, then advance the clock: no sleeps, no polling.</summary>
internal sealed class SignallingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Channel<TimeSpan> timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Clock { get; } = new(start);

    public ChannelReader<TimeSpan> Timers => timers.Reader;

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Clock.CreateTimer(callback, state, dueTime, period);
        timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer with this due time has been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        await foreach (var due in timers.Reader.ReadAllAsync())
        {
            if (due == dueTime)
            {
                return;
            }
        }
    }
}

using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Slack.Fakes;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports every timer created (Task.Delay on a TimeProvider creates one),
/// so a test can wait until the code under test is actually waiting, then advance exactly that much: no sleeps.
/// </summary>
public sealed class ObservedClock : TimeProvider
{
    private readonly object gate = new();
    private readonly List<(TimeSpan Due, bool Claimed)> created = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Done)> waiters = [];

    public ObservedClock(DateTimeOffset? start = null)
    {
        Fake = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    }

    public FakeTimeProvider Fake { get; }

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public void Advance(TimeSpan by) => Fake.Advance(by);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        TaskCompletionSource<TimeSpan>? done = null;
        lock (gate)
        {
            var index = waiters.FindIndex(w => w.Match(dueTime));
            if (index >= 0)
            {
                done = waiters[index].Done;
                waiters.RemoveAt(index);
            }

            created.Add((dueTime, done is not null));
        }

        done?.TrySetResult(dueTime);
        return timer;
    }

    /// <summary>The due time of the first not-yet-claimed timer matching <paramref name="match"/> (created before or after the call).</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        lock (gate)
        {
            var index = created.FindIndex(c => !c.Claimed && match(c.Due));
            if (index >= 0)
            {
                created[index] = (created[index].Due, true);
                return Task.FromResult(created[index].Due);
            }

            var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    /// <summary>Whether a matching timer was created at all (claimed or not).</summary>
    public bool Created(Func<TimeSpan, bool> match)
    {
        lock (gate)
        {
            return created.Exists(c => match(c.Due));
        }
    }

    /// <summary>Runs <paramref name="work"/>, advancing the clock by each matching timer it starts (its waits), until it ends.</summary>
    public async Task<T> PumpAsync<T>(Task<T> work, Func<TimeSpan, bool> match)
    {
        while (!work.IsCompleted)
        {
            var timer = WaitForTimerAsync(match);
            if (await Task.WhenAny(work, timer) == timer && timer.IsCompletedSuccessfully)
            {
                Advance(timer.Result);
            }
        }

        return await work;
    }
}

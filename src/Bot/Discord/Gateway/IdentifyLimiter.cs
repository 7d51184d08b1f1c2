using Bot.Discord.Rest;

namespace Bot.Discord.Gateway;

/// <summary>
/// The IDENTIFY budget from <c>session_start_limit</c>: never identify with <c>remaining == 0</c> (wait
/// <c>reset_after</c>; burning the daily budget resets the token), and at most <c>max_concurrency</c> per 5 s.
/// RESUMEs do not count.
/// </summary>
internal sealed class IdentifyLimiter(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private readonly Queue<DateTimeOffset> recent = new();
    private readonly object gate = new();
    private int total = 1000;
    private int remaining = 1;
    private DateTimeOffset resetAt;
    private int maxConcurrency = 1;

    public int Remaining
    {
        get
        {
            lock (gate)
            {
                return remaining;
            }
        }
    }

    public void Update(SessionStartLimit limit)
    {
        lock (gate)
        {
            total = Math.Max(1, limit.Total);
            remaining = limit.Remaining;
            resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        }
    }

    /// <summary>Waits until an IDENTIFY may go out and counts it. <paramref name="onWait"/> hears about long waits.</summary>
    public async Task WaitTurnAsync(Action<TimeSpan, bool> onWait, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (wait, budgetExhausted) = NextWait();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            onWait(wait, budgetExhausted);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private (TimeSpan Wait, bool BudgetExhausted) NextWait()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (remaining <= 0)
            {
                if (now < resetAt)
                {
                    return (resetAt - now, true);
                }

                remaining = total; // the daily window rolled over
            }

            while (recent.Count > 0 && now - recent.Peek() >= Window)
            {
                recent.Dequeue();
            }

            if (recent.Count >= maxConcurrency)
            {
                return (recent.Peek() + Window - now, false);
            }

            recent.Enqueue(now);
            remaining--;
            return (TimeSpan.Zero, false);
        }
    }
}

namespace Bot.Discord.Rest;

/// <summary>
/// One serial queue per (bucket, major parameter): at most one request in flight, and none sent while the
/// bucket is exhausted (<c>remaining == 0</c> before <c>resetAt</c>). State comes only from response headers.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly object gate = new();
    private int? remaining;
    private DateTimeOffset resetAt;

    public SemaphoreSlim Lock { get; } = new(1, 1);

    public DateTimeOffset LastUsed { get; private set; }

    public int? Limit { get; private set; }

    /// <summary>How long to wait before the next request may go out (zero when it may go now).</summary>
    public TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        lock (gate)
        {
            LastUsed = now;
            return remaining is 0 && now < resetAt ? resetAt - now : TimeSpan.Zero;
        }
    }

    public void Update(int? limit, int? remainingNow, TimeSpan? resetAfter, DateTimeOffset now)
    {
        lock (gate)
        {
            LastUsed = now;
            Limit = limit ?? Limit;
            if (remainingNow is not null)
            {
                remaining = remainingNow;
            }

            if (resetAfter is { } after)
            {
                resetAt = now + after;
            }
        }
    }

    /// <summary>A per-route 429: nothing more until <paramref name="until"/>.</summary>
    public void Exhaust(DateTimeOffset until)
    {
        lock (gate)
        {
            remaining = 0;
            resetAt = until > resetAt ? until : resetAt;
        }
    }
}

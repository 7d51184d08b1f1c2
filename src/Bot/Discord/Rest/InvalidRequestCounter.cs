namespace Bot.Discord.Rest;

/// <summary>
/// 401, 403 and (non-shared) 429 answers in a sliding 10 minutes. Past the limit the client refuses to send
/// rather than walk into Cloudflare's IP ban (10,000 per 10 minutes).
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider time, int limit)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> stamps = new();
    private readonly object gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                Trim(time.GetUtcNow());
                return stamps.Count;
            }
        }
    }

    public bool IsTripped => Count >= limit;

    public void Record()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Trim(now);
            stamps.Enqueue(now);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (stamps.Count > 0 && now - stamps.Peek() > Window)
        {
            stamps.Dequeue();
        }
    }
}

namespace Bot.Slack.Commands;

/// <summary>
/// Remembers delivery keys (<c>envelope_id</c>, events' <c>event_id</c>) for at least <see cref="Retention"/> on the
/// <see cref="TimeProvider"/>: the last Events API retry comes ~5 min after the original. A delivery is a duplicate
/// when ANY of its keys was seen; a retry (<c>retry_attempt</c> &gt; 0) with unseen keys is the only copy and is kept.
/// </summary>
internal sealed class EnvelopeDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    private readonly object gate = new();
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> order = new();

    /// <summary>Records the keys; true when this is the first delivery (no key seen within the retention).</summary>
    public bool TryFirstSeen(params ReadOnlySpan<string> keys)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Prune(now);
            var duplicate = false;
            foreach (var key in keys)
            {
                duplicate |= seen.ContainsKey(key);
            }

            foreach (var key in keys)
            {
                seen[key] = now;
                order.Enqueue((key, now));
            }

            return !duplicate;
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return seen.Count;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (order.TryPeek(out var oldest) && now - oldest.At > Retention)
        {
            order.Dequeue();
            if (seen.TryGetValue(oldest.Key, out var at) && at == oldest.At)
            {
                seen.Remove(oldest.Key);
            }
        }
    }
}

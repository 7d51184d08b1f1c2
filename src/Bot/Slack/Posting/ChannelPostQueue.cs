namespace Bot.Slack.Posting;

/// <summary>
/// About one message per second per channel (Slack's chat.postMessage rule): each caller reserves the channel's next
/// slot in call order and waits for it on the <see cref="TimeProvider"/>, so a burst becomes an orderly queue.
/// </summary>
internal sealed class ChannelPostQueue(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly object gate = new();
    private readonly Dictionary<string, DateTimeOffset> nextSlot = new(StringComparer.Ordinal);

    public Task WaitTurnAsync(string channelId, CancellationToken cancellationToken)
    {
        DateTimeOffset slot;
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (nextSlot.Count > 1024)
            {
                foreach (var stale in nextSlot.Where(kv => kv.Value <= now).Select(kv => kv.Key).ToList())
                {
                    nextSlot.Remove(stale);
                }
            }

            slot = nextSlot.TryGetValue(channelId, out var next) && next > now ? next : now;
            nextSlot[channelId] = slot + Interval;
        }

        var wait = slot - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}

namespace Bot.Discord.Interactions;

/// <summary>
/// Events may arrive 0, 1 or N times (a resume replays, Discord retries): an interaction id is handled once.
/// Ids are remembered for 15 minutes, the life of an interaction token.
/// </summary>
internal sealed class InteractionDeduper(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(15);
    private readonly Dictionary<ulong, DateTimeOffset> seen = [];
    private readonly Queue<(ulong Id, DateTimeOffset At)> order = new();
    private readonly object gate = new();

    /// <summary>True the first time <paramref name="id"/> is offered.</summary>
    public bool TryClaim(ulong id)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (order.Count > 0 && (now - order.Peek().At > Memory || order.Count > 10_000))
            {
                seen.Remove(order.Dequeue().Id);
            }

            if (!seen.TryAdd(id, now))
            {
                return false;
            }

            order.Enqueue((id, now));
            return true;
        }
    }
}

namespace Bot.Emulators.Discord;

/// <summary>A gateway session: its sequence counter and every dispatch sent in it, for RESUME replays.</summary>
public sealed class EmulatedSession(string id)
{
    private readonly List<(long Sequence, string Json)> sent = [];
    private readonly object gate = new();

    public string Id { get; } = id;

    public long Sequence { get; private set; }

    public bool Invalidated { get; set; }

    internal EmulatedGatewayConnection? Connection { get; set; }

    /// <summary>Assigns the next sequence number and keeps the frame for replays.</summary>
    public (long Sequence, string Json) Next(Func<long, string> frame)
    {
        lock (gate)
        {
            var sequence = ++Sequence;
            var json = frame(sequence);
            sent.Add((sequence, json));
            return (sequence, json);
        }
    }

    public IReadOnlyList<(long Sequence, string Json)> After(long sequence)
    {
        lock (gate)
        {
            return sent.Where(s => s.Sequence > sequence).ToArray();
        }
    }
}

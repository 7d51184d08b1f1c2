namespace Bot.Discord.Gateway;

/// <summary>
/// Heartbeats on their own timer (never on the receive loop): the first after <c>interval × jitter</c>, then
/// every interval. When a beat is due and no ACK arrived since the previous one, the connection is a zombie:
/// <paramref name="onZombie"/> runs once and the timer stops.
/// </summary>
internal sealed class Heartbeater(
    TimeProvider time,
    TimeSpan interval,
    double jitter,
    Func<Task> sendHeartbeat,
    Action onZombie) : IDisposable
{
    private ITimer? timer;
    private int awaitingAck;
    private long sentAt;
    private int stopped;

    /// <summary>Round trip of the last acknowledged heartbeat.</summary>
    public TimeSpan? Latency { get; private set; }

    public TimeSpan FirstBeatDelay => TimeSpan.FromMilliseconds(interval.TotalMilliseconds * Math.Clamp(jitter, 0, 1));

    public void Start() => timer = time.CreateTimer(static state => ((Heartbeater)state!).Tick(), this, FirstBeatDelay, interval);

    /// <summary>op 11.</summary>
    public void Acknowledge()
    {
        if (Interlocked.Exchange(ref awaitingAck, 0) == 1)
        {
            Latency = time.GetElapsedTime(Interlocked.Read(ref sentAt));
        }
    }

    /// <summary>op 1 from the server: beat now, without touching the schedule.</summary>
    public Task BeatNowAsync() => sendHeartbeat();

    public void Dispose()
    {
        Interlocked.Exchange(ref stopped, 1);
        timer?.Dispose();
    }

    private void Tick()
    {
        if (Volatile.Read(ref stopped) == 1)
        {
            return;
        }

        if (Interlocked.Exchange(ref awaitingAck, 1) == 1)
        {
            Dispose();
            onZombie();
            return;
        }

        Interlocked.Exchange(ref sentAt, time.GetTimestamp());
        _ = sendHeartbeat(); // the send path catches its own failures; a dead socket shows up in the receive loop
    }
}

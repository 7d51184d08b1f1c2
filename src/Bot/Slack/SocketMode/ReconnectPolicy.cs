namespace Bot.Slack.SocketMode;

/// <summary>
/// Reconnect delays: exponential from 1 s, capped, with "equal jitter" (half fixed, half random) so a fleet of bots
/// does not reconnect in step. <see cref="Reset"/> is called on <c>hello</c> only: resetting when TCP opens turns a
/// failing link into a reconnect storm. <c>too_many_websockets</c> waits at least 30 s.
/// </summary>
internal sealed class ReconnectPolicy(Random random)
{
    public static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan TooManyWebsocketsBase = TimeSpan.FromSeconds(30);

    private readonly object gate = new();
    private int attempts;

    public ReconnectPolicy()
        : this(Random.Shared)
    {
    }

    public int Attempts
    {
        get
        {
            lock (gate)
            {
                return attempts;
            }
        }
    }

    public TimeSpan NextDelay()
    {
        lock (gate)
        {
            var exponential = Base.TotalMilliseconds * Math.Pow(2, Math.Min(attempts, 16));
            var ceiling = Math.Min(exponential, Cap.TotalMilliseconds);
            attempts++;
            return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
        }
    }

    /// <summary>Slack said the app has too many sockets: adding one now makes it worse.</summary>
    public TimeSpan TooManyWebsocketsDelay()
    {
        var next = NextDelay();
        lock (gate)
        {
            return TooManyWebsocketsBase + next + TimeSpan.FromMilliseconds(random.NextDouble() * 15_000);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            attempts = 0;
        }
    }
}

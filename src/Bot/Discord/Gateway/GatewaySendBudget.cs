namespace Bot.Discord.Gateway;

/// <summary>Discord disconnects a client that sends more than 120 payloads a minute; we allow ourselves 117
/// (Discord.Net's margin). Only heartbeats, IDENTIFY and RESUME go out, so this rarely waits.</summary>
internal sealed class GatewaySendBudget(TimeProvider time)
{
    private const int PerMinute = 117;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> sent = new();

    /// <summary>Call under the connection's send lock.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        while (sent.Count > 0 && now - sent.Peek() >= Window)
        {
            sent.Dequeue();
        }

        if (sent.Count >= PerMinute)
        {
            await Task.Delay(sent.Peek() + Window - now, time, cancellationToken).ConfigureAwait(false);
            sent.Dequeue();
        }

        sent.Enqueue(time.GetUtcNow());
    }
}

using System.Threading.Channels;
using Bot.Chat;

namespace Bot.Tests.Slack.Fakes;

/// <summary>
/// Stands in for the chat core's router: enumerates <see cref="IChatPlatform.ReadAsync"/> and hands each command to a
/// test-chosen behaviour on its own task (as the real router isolates handlers). Every event is also recorded.
/// </summary>
public sealed class FakeRouter : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<CommandReceived> received = Channel.CreateUnbounded<CommandReceived>();
    private readonly List<Exception> failures = [];

    public FakeRouter(IChatPlatform platform, Func<CommandReceived, Task> handle)
    {
        Completion = Task.Run(async () =>
        {
            await foreach (var chatEvent in platform.ReadAsync(stop.Token))
            {
                if (chatEvent is CommandReceived command)
                {
                    received.Writer.TryWrite(command);
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await handle(command);
                        }
                        catch (Exception e)
                        {
                            lock (failures)
                            {
                                failures.Add(e);
                            }
                        }
                    });
                }
            }
        });
    }

    /// <summary>Ends when ReadAsync ends (the platform stopped for good) or on dispose.</summary>
    public Task Completion { get; }

    public IReadOnlyList<Exception> Failures
    {
        get
        {
            lock (failures)
            {
                return [.. failures];
            }
        }
    }

    public async Task<CommandReceived> NextCommandAsync() =>
        await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));

    /// <summary>Commands received so far, without waiting.</summary>
    public List<CommandReceived> Drain()
    {
        var list = new List<CommandReceived>();
        while (received.Reader.TryRead(out var c))
        {
            list.Add(c);
        }

        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
    }
}

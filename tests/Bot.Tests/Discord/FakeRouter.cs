using Bot.Chat;
using Bot.Emulators.Discord;

namespace Bot.Tests.Discord;

/// <summary>A stand-in for the chat router: reads the platform's events and answers each with a delegate.</summary>
public sealed class FakeRouter : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public FakeRouter(IChatPlatform platform, Func<ChatEvent, CancellationToken, Task> answer)
    {
        loop = Task.Run(async () =>
        {
            await foreach (var chatEvent in platform.ReadAsync(stop.Token))
            {
                Events.Add(chatEvent);
                _ = answer(chatEvent, stop.Token);
            }

            Ended.TrySetResult();
        });
    }

    public Recording<ChatEvent> Events { get; } = new();

    /// <summary>Completes when <c>ReadAsync</c> ended on its own (the platform stopped for good).</summary>
    public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        stop.Dispose();
    }
}

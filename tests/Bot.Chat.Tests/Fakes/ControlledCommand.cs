using Bot.Chat.Commands;
using Bot.Chat.Messages;

namespace Bot.Chat.Tests.Fakes;

/// <summary>Replaces a real command: the test decides when (and how) it finishes, and sees when it started.</summary>
public sealed class ControlledCommand(string name) : IChatCommand
{
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => name;

    public TaskCompletionSource<ChatMessage> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => started.Task;

    public CancellationToken SeenToken { get; private set; }

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        SeenToken = cancellationToken;
        started.TrySetResult();
        return await Result.Task.WaitAsync(cancellationToken);
    }
}

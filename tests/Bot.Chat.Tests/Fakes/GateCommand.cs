using Bot.Chat.Commands;
using Bot.Chat.Messages;

namespace Bot.Chat.Tests.Fakes;

/// <summary>Every invocation waits at one gate; counts how many run at once.</summary>
public sealed class GateCommand(string name) : IChatCommand
{
    private readonly object sync = new();
    private int running;

    public string Name => name;

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource TwoRunning { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int MaxRunning { get; private set; }

    public Func<CommandRequest, ChatMessage> Answer { get; set; } = r => ChatMessage.Text("ok " + r.Option("section"));

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            running++;
            MaxRunning = Math.Max(MaxRunning, running);
            if (running >= 2)
            {
                TwoRunning.TrySetResult();
            }
        }

        try
        {
            await Gate.Task.WaitAsync(cancellationToken);
            return Answer(request);
        }
        finally
        {
            lock (sync)
            {
                running--;
            }
        }
    }
}

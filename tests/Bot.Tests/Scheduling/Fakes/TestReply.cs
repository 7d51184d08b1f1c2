using Bot.Chat;
using Bot.Chat.Messages;

namespace Bot.Tests.Scheduling.Fakes;

/// <summary>Captures the answer to one command.</summary>
public sealed class TestReply : IReplyChannel
{
    private readonly TaskCompletionSource<ChatMessage> replied = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<ChatMessage> Replied => replied.Task;

    public Task DeferAsync(bool ephemeral, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ReplyAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        replied.TrySetResult(message);
        return Task.CompletedTask;
    }
}

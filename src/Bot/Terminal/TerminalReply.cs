using Bot.Chat;
using Bot.Chat.Messages;

namespace Bot.Terminal;

/// <summary>Answers one terminal line; the platform reads the next line only once this one is answered, so replies
/// come out in the order of the commands.</summary>
internal sealed class TerminalReply(TerminalPlatform platform) : IReplyChannel
{
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Answered => answered.Task;

    public Task DeferAsync(bool ephemeral, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ReplyAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await platform.WriteAsync(message, cancellationToken);
        }
        finally
        {
            answered.TrySetResult();
        }
    }
}

using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>/status: the channel's sources, next digest and items waiting (from <see cref="IChannelDigests"/>).</summary>
public sealed class StatusCommand(IChannelDigests digests) : IChatCommand
{
    public string Name => "status";

    public Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return digests.StatusAsync(request.Conversation, cancellationToken);
    }
}

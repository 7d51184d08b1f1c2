using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>/digest-now: post the channel's daily digest now (through <see cref="IChannelDigests"/>).</summary>
public sealed class DigestNowCommand(IChannelDigests digests) : IChatCommand
{
    public string Name => "digest-now";

    public Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return digests.DigestNowAsync(request.Conversation, cancellationToken);
    }
}

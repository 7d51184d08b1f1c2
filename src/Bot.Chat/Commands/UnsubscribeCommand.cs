using Bot.Chat.Messages;
using Bot.Chat.Messages.Markup;
using Bot.Chat.Stores;

namespace Bot.Chat.Commands;

/// <summary>/unsubscribe &lt;feed-url&gt;.</summary>
public sealed class UnsubscribeCommand(ISubscriptionStore subscriptions) : IChatCommand
{
    public string Name => "unsubscribe";

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var feed = SafeUrl.Http(request.Option("feed")) ?? request.Option("feed") ?? string.Empty;
        var removed = await subscriptions.RemoveAsync(request.Conversation.Key, feed, cancellationToken);
        return removed
            ? ChatMessage.Text($"Unsubscribed this channel from {feed}.")
            : Replies.Problem($"This channel does not follow {feed}. /sources lists the feeds it follows.");
    }
}

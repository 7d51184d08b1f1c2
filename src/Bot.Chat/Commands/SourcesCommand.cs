using Bot.Chat.Messages;
using Bot.Chat.Stores;

namespace Bot.Chat.Commands;

/// <summary>/sources: the feeds this channel follows, with their schedules.</summary>
public sealed class SourcesCommand(ISubscriptionStore subscriptions) : IChatCommand
{
    public string Name => "sources";

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = await subscriptions.ListAsync(request.Conversation.Key, cancellationToken);
        if (list.Count == 0)
        {
            return ChatMessage.Text("This channel follows no feeds yet. Add one with /subscribe <feed-url> [schedule].");
        }

        var items = list
            .Select(s => (IReadOnlyList<Inline>)[new LinkRun(s.FeedUrl, s.FeedUrl), new TextRun($" — {s.Schedule ?? "default schedule"}")])
            .ToList();
        return new ChatMessage($"Feeds followed here: {list.Count}", null, [new ListBlock(items)], "/unsubscribe <feed-url> stops one");
    }
}

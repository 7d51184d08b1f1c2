using Bot.Chat.Stores;

namespace Bot.Chat.Context;

/// <summary>A thread has its own context once something is posted in it; until then it follows its channel.</summary>
public sealed class ConversationContexts(IConversationStore store)
{
    public async Task<ConversationContext?> GetAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var own = await store.GetAsync(conversation.Key, cancellationToken);
        if (own is not null || conversation.ThreadId is null)
        {
            return own;
        }

        return await store.GetAsync((conversation with { ThreadId = null }).Key, cancellationToken);
    }
}

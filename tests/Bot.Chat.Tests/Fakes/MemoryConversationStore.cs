using Bot.Chat.Stores;

namespace Bot.Chat.Tests.Fakes;

public sealed class MemoryConversationStore : IConversationStore
{
    private readonly Dictionary<string, ConversationContext> contexts = [];

    public Task<ConversationContext?> GetAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(contexts.GetValueOrDefault(conversationKey));

    public Task SetCurrentArticleAsync(Conversation conversation, long articleId, CancellationToken cancellationToken)
    {
        var old = contexts.GetValueOrDefault(conversation.Key);
        contexts[conversation.Key] = new ConversationContext(conversation.Key, articleId, old?.Numbering ?? [], ContextFocus.Article, DateTimeOffset.UnixEpoch);
        return Task.CompletedTask;
    }

    public Task SetDailyDigestAsync(Conversation conversation, IReadOnlyList<long> articleIds, CancellationToken cancellationToken)
    {
        var old = contexts.GetValueOrDefault(conversation.Key);
        contexts[conversation.Key] = new ConversationContext(conversation.Key, old?.CurrentArticleId, articleIds.ToList(), ContextFocus.DailyDigest, DateTimeOffset.UnixEpoch);
        return Task.CompletedTask;
    }
}

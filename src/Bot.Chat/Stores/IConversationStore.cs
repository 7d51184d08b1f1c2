namespace Bot.Chat.Stores;

/// <summary>
/// What a conversation (a channel, or a thread in it) is talking about: the latest digest posted there. A
/// single-article digest makes that article current (follow-ups name its sections); a daily digest numbers its
/// stories (follow-ups name a story by number).
/// </summary>
public interface IConversationStore
{
    Task<ConversationContext?> GetAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>A single article's digest was posted: it becomes current and the focus.</summary>
    Task SetCurrentArticleAsync(Conversation conversation, long articleId, CancellationToken cancellationToken);

    /// <summary>A daily digest was posted: its stories, in order (number 1 first), become the numbering and the focus.</summary>
    Task SetDailyDigestAsync(Conversation conversation, IReadOnlyList<long> articleIds, CancellationToken cancellationToken);
}

public enum ContextFocus
{
    /// <summary>The latest post was one article's digest.</summary>
    Article,

    /// <summary>The latest post was a numbered daily digest.</summary>
    DailyDigest,
}

/// <param name="CurrentArticleId">The latest single article posted, or null.</param>
/// <param name="Numbering">Article ids of the last daily digest: story n is <c>Numbering[n - 1]</c>.</param>
public sealed record ConversationContext(
    string ConversationKey,
    long? CurrentArticleId,
    IReadOnlyList<long> Numbering,
    ContextFocus Focus,
    DateTimeOffset UpdatedAt);

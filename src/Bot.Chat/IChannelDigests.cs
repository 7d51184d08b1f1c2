using Bot.Chat.Messages;

namespace Bot.Chat;

/// <summary>
/// A conversation's daily digest: /status and /digest-now. The default (<see cref="StoredArticleDigests"/>) posts the
/// stored articles the conversation has not had yet; the feeds work replaces it with the scheduler (register yours
/// with <c>AddSingleton</c> after <c>AddChat</c>: the last registration wins).
/// </summary>
public interface IChannelDigests
{
    Task<ChatMessage> StatusAsync(Conversation conversation, CancellationToken cancellationToken);

    /// <summary>Posts the digest now (through the delivery ledger) and returns the reply to the user.</summary>
    Task<ChatMessage> DigestNowAsync(Conversation conversation, CancellationToken cancellationToken);
}

using Bot.Chat.Messages;

namespace Bot.Chat;

/// <summary>
/// A chat platform adapter (terminal, Discord, Slack). It only translates: wire payload → <see cref="ChatEvent"/>,
/// <see cref="ChatMessage"/> → wire payload. No digest logic lives in an adapter.
/// Adding a platform = one folder in the host + one <c>AddXxx</c> line that registers an <see cref="IChatPlatform"/>.
/// </summary>
public interface IChatPlatform
{
    /// <summary>"terminal", "discord", "slack"; equals <see cref="Conversation.Platform"/> of its events.</summary>
    string Name { get; }

    /// <summary>Commands and autocomplete requests from users, each carrying its own way to answer.
    /// The sequence ends when the platform stops for good (fatal error, end of input, cancellation).</summary>
    IAsyncEnumerable<ChatEvent> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Posts an unsolicited message (a scheduled digest, a feed failure notice).
    /// <paramref name="deliveryKey"/> is stable across retries of the same delivery (e.g. Discord's nonce),
    /// so a retried post never shows twice where the platform can de-duplicate.</summary>
    Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken);
}

/// <summary>What a platform says about a post: its message ids (one per part when split).</summary>
public sealed record PostReceipt(IReadOnlyList<string> MessageIds);

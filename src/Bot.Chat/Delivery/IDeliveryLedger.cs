using Bot.Chat.Messages;

namespace Bot.Chat.Delivery;

/// <summary>
/// The record of unsolicited posts (daily digests, feed notices), so nothing is posted twice to a conversation, even
/// across a crash. One delivery = one post (one message, maybe split by the platform) covering one or more item keys
/// ("article:42", "digest:2025-06-01T08:00"); an item key is unique per conversation, claimed or delivered.
/// Protocol: <see cref="ClaimAsync"/> (intent recorded with the exact message) → <see cref="MarkSendingAsync"/> →
/// platform post with <see cref="DeliveryClaim.DeliveryKey"/> → <see cref="ConfirmAsync"/>. See
/// <see cref="DeliveryService"/> for the restart policy.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>Atomically claims every item key for a new delivery of <paramref name="message"/>, or none: null when
    /// any key is already claimed or delivered in this conversation.</summary>
    Task<DeliveryClaim?> ClaimAsync(Conversation conversation, IReadOnlyList<string> itemKeys, ChatMessage message, CancellationToken cancellationToken);

    /// <summary>The post is about to be handed to the platform: from now on it may have reached users.</summary>
    Task MarkSendingAsync(string deliveryKey, CancellationToken cancellationToken);

    Task ConfirmAsync(string deliveryKey, PostReceipt receipt, CancellationToken cancellationToken);

    /// <summary>The platform certainly did not post (it refused): the item keys are freed for a later delivery.</summary>
    Task ReleaseAsync(string deliveryKey, string reason, CancellationToken cancellationToken);

    /// <summary>Claims not confirmed (state <see cref="DeliveryState.Claimed"/> or <see cref="DeliveryState.Sending"/>),
    /// oldest first.</summary>
    Task<IReadOnlyList<DeliveryClaim>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="itemKeys"/> are claimed or delivered in the conversation.</summary>
    Task<IReadOnlySet<string>> TakenAsync(string conversationKey, IReadOnlyList<string> itemKeys, CancellationToken cancellationToken);

    /// <summary>The latest confirmed delivery in the conversation, or null.</summary>
    Task<DeliveryClaim?> LatestDeliveredAsync(string conversationKey, CancellationToken cancellationToken);
}

public enum DeliveryState
{
    /// <summary>Intent recorded; the platform has not been called.</summary>
    Claimed,

    /// <summary>The platform was (or was about to be) called: the post may exist.</summary>
    Sending,

    Delivered,

    /// <summary>The platform refused; the item keys were freed.</summary>
    Released,
}

/// <param name="DeliveryKey">Stable across retries (≤ 25 characters, a valid Discord nonce).</param>
public sealed record DeliveryClaim(
    string DeliveryKey,
    Conversation Conversation,
    IReadOnlyList<string> ItemKeys,
    ChatMessage Message,
    DeliveryState State,
    DateTimeOffset ClaimedAt,
    DateTimeOffset? ConfirmedAt = null,
    IReadOnlyList<string>? MessageIds = null);

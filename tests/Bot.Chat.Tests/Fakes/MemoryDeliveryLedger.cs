using Bot.Chat.Delivery;
using Bot.Chat.Messages;

namespace Bot.Chat.Tests.Fakes;

public sealed class MemoryDeliveryLedger : IDeliveryLedger
{
    private readonly Dictionary<string, DeliveryClaim> deliveries = [];
    private readonly Dictionary<(string Conversation, string Item), string> items = [];
    private int next;

    public IReadOnlyCollection<DeliveryClaim> All => deliveries.Values;

    public Task<DeliveryClaim?> ClaimAsync(Conversation conversation, IReadOnlyList<string> itemKeys, ChatMessage message, CancellationToken cancellationToken)
    {
        lock (deliveries)
        {
            if (itemKeys.Any(k => items.ContainsKey((conversation.Key, k))))
            {
                return Task.FromResult<DeliveryClaim?>(null);
            }

            var key = $"d{++next}";
            var claim = new DeliveryClaim(key, conversation, itemKeys, message, DeliveryState.Claimed, DateTimeOffset.UnixEpoch);
            deliveries[key] = claim;
            foreach (var item in itemKeys)
            {
                items[(conversation.Key, item)] = key;
            }

            return Task.FromResult<DeliveryClaim?>(claim);
        }
    }

    public Task MarkSendingAsync(string deliveryKey, CancellationToken cancellationToken) => Set(deliveryKey, c => c with { State = DeliveryState.Sending });

    public Task ConfirmAsync(string deliveryKey, PostReceipt receipt, CancellationToken cancellationToken) =>
        Set(deliveryKey, c => c with { State = DeliveryState.Delivered, ConfirmedAt = DateTimeOffset.UnixEpoch, MessageIds = receipt.MessageIds });

    public Task ReleaseAsync(string deliveryKey, string reason, CancellationToken cancellationToken)
    {
        foreach (var key in items.Where(i => i.Value == deliveryKey).Select(i => i.Key).ToList())
        {
            items.Remove(key);
        }

        return Set(deliveryKey, c => c with { State = DeliveryState.Released });
    }

    public Task<IReadOnlyList<DeliveryClaim>> PendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryClaim>>(deliveries.Values.Where(c => c.State is DeliveryState.Claimed or DeliveryState.Sending).ToList());

    public Task<IReadOnlySet<string>> TakenAsync(string conversationKey, IReadOnlyList<string> itemKeys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(itemKeys.Where(k => items.ContainsKey((conversationKey, k))).ToHashSet());

    public Task<DeliveryClaim?> LatestDeliveredAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(deliveries.Values.LastOrDefault(c => c.Conversation.Key == conversationKey && c.State == DeliveryState.Delivered));

    private Task Set(string key, Func<DeliveryClaim, DeliveryClaim> change)
    {
        deliveries[key] = change(deliveries[key]);
        return Task.CompletedTask;
    }
}

using Bot.Chat.Stores;

namespace Bot.Chat.Tests.Fakes;

public sealed class MemorySubscriptionStore : ISubscriptionStore
{
    private readonly List<Subscription> subscriptions = [];

    public Task<bool> AddAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var i = subscriptions.FindIndex(s => s.Conversation.Key == subscription.Conversation.Key && s.FeedUrl == subscription.FeedUrl);
        if (i >= 0)
        {
            subscriptions[i] = subscriptions[i] with { Schedule = subscription.Schedule };
            return Task.FromResult(false);
        }

        subscriptions.Add(subscription);
        return Task.FromResult(true);
    }

    public Task<bool> RemoveAsync(string conversationKey, string feedUrl, CancellationToken cancellationToken) =>
        Task.FromResult(subscriptions.RemoveAll(s => s.Conversation.Key == conversationKey && s.FeedUrl == feedUrl) > 0);

    public Task<IReadOnlyList<Subscription>> ListAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subscription>>(subscriptions.Where(s => s.Conversation.Key == conversationKey).ToList());

    public Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subscription>>(subscriptions.ToList());
}

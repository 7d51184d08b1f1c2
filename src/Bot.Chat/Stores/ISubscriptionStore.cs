namespace Bot.Chat.Stores;

/// <summary>Which feeds each conversation follows. The schedule is stored as the user typed it (normalised by
/// <see cref="IScheduleParser"/>); the feeds work turns it into delivery times.</summary>
public interface ISubscriptionStore
{
    /// <summary>Adds the subscription, or updates its schedule. True when it is new.</summary>
    Task<bool> AddAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>True when there was such a subscription.</summary>
    Task<bool> RemoveAsync(string conversationKey, string feedUrl, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Every subscription of every conversation (the poller's work list).</summary>
    Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken);
}

/// <param name="Schedule">Null: the channel's (or the configured) default schedule.</param>
public sealed record Subscription(Conversation Conversation, string FeedUrl, string? Schedule, DateTimeOffset CreatedAt);

namespace Bot.Chat.Stores;

/// <summary>
/// Told when /subscribe adds a subscription or updates its schedule (the feeds work resumes a paused feed and fetches
/// it once, so the user learns at once whether the URL works). Optional: without one /subscribe only stores.
/// </summary>
public interface ISubscriptionObserver
{
    /// <summary>Returns a sentence to add to the reply ("Fetched “Example News”: 20 items."), or null.</summary>
    Task<string?> SubscribedAsync(Subscription subscription, bool added, CancellationToken cancellationToken);
}

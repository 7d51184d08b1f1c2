using Bot.Digest.Ingest;
using Bot.Scheduling.Feeds;

namespace Bot.Scheduling;

/// <summary>Feed state and items (SQLite: <c>Bot.Storage.SqliteFeedStore</c>).</summary>
public interface IFeedStore
{
    Task<FeedState?> GetAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedState>> ListAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken);

    Task SaveAsync(FeedState state, CancellationToken cancellationToken);

    /// <summary>Adds a fetch's items in one transaction: an item already stored for this feed (same key) is known; a
    /// new item whose canonical URL or content hash matches a stored item (of any feed) is a duplicate of that story.</summary>
    Task<ItemsAdded> AddItemsAsync(string feedUrl, IReadOnlyList<NewFeedItem> items, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>Items of these feeds first seen after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredFeedItem>> ItemsSinceAsync(IReadOnlyCollection<string> feedUrls, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>After a teaser's page was fetched: the article to use from now on and what was found.</summary>
    Task UpdateItemAsync(long id, Article article, string? note, CancellationToken cancellationToken);

    /// <summary>The story was digested and stored as <paramref name="articleId"/>.</summary>
    Task SetArticleAsync(IReadOnlyCollection<long> itemIds, long articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Drops the stored text of items first seen before <paramref name="seenBefore"/>, keeping each row's feed, key,
    /// URLs and content hash, so the item stays known (never new again) and later copies stay duplicates. Compacted
    /// items are never returned by <see cref="ItemsSinceAsync"/>. Returns how many were compacted.
    /// </summary>
    Task<int> CompactItemsAsync(DateTimeOffset seenBefore, CancellationToken cancellationToken);

    /// <summary>Which of these article ids came from a feed item.</summary>
    Task<IReadOnlySet<long>> FeedArticleIdsAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken);
}

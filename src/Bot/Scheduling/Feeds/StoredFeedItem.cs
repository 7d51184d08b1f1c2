using Bot.Digest.Ingest;

namespace Bot.Scheduling.Feeds;

/// <summary>An item to add: its key in its feed, links, content hash and the article made of its text.</summary>
/// <param name="Note">What is known about its text already (a page source judged a paywall), else null.</param>
/// <param name="PageChecked">No page is to be fetched for it (it is the page).</param>
public sealed record NewFeedItem(string Key, string? Url, string? CanonicalUrl, string ContentHash, Article Article, string? Note = null, bool PageChecked = false);

/// <summary>A stored feed item.</summary>
/// <param name="RootId">Its story: its own id, or the first item with the same canonical URL or content hash.</param>
/// <param name="DuplicateBy">"url" or "hash" when it is a duplicate of <paramref name="RootId"/>, else null.</param>
/// <param name="ArticleId">The stored article once the story was digested.</param>
/// <param name="PageChecked">The linked page was fetched (for a teaser) and judged; <paramref name="Note"/> says how.</param>
public sealed record StoredFeedItem(
    long Id,
    string FeedUrl,
    string Key,
    long RootId,
    string? DuplicateBy,
    Article Article,
    DateTimeOffset FirstSeenAt,
    long? ArticleId,
    bool PageChecked,
    string? Note);

/// <summary>What one fetch added: new stories, duplicates of known stories (by URL or content), items already known.</summary>
public sealed record ItemsAdded(int New, int Duplicates, int Known);

using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Chat.Stores;

/// <summary>Articles and their digests. The same content (by <see cref="ContentHash"/>) is the same article, whatever
/// URL or feed it came from: saving it again returns the existing id and refreshes its digest.</summary>
public interface IArticleStore
{
    Task<StoredArticle> SaveAsync(Article article, NewsDigest digest, CancellationToken cancellationToken);

    Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken);

    Task<StoredArticle?> FindByUrlAsync(string url, CancellationToken cancellationToken);

    Task<StoredArticle?> FindByHashAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>The most recently added articles, newest first.</summary>
    Task<IReadOnlyList<StoredArticle>> RecentAsync(int limit, CancellationToken cancellationToken);
}

/// <param name="Id">Stable id; delivery ledger items for articles are <c>article:{Id}</c>.</param>
public sealed record StoredArticle(long Id, string ContentHash, Article Article, NewsDigest Digest, DateTimeOffset AddedAt)
{
    /// <summary>The ledger item key of this article (unique per channel).</summary>
    public string ItemKey => ArticleItemKey(Id);

    public static string ArticleItemKey(long id) => FormattableString.Invariant($"article:{id}");
}

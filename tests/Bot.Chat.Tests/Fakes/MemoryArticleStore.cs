using Bot.Chat.Stores;
using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Chat.Tests.Fakes;

/// <summary>An in-memory <see cref="IArticleStore"/> with the same identity rule as the SQLite one (content hash).</summary>
public sealed class MemoryArticleStore : IArticleStore
{
    private readonly List<StoredArticle> articles = [];

    public Task<StoredArticle> SaveAsync(Article article, NewsDigest digest, CancellationToken cancellationToken)
    {
        var hash = ContentHash.Of(article);
        lock (articles)
        {
            var i = articles.FindIndex(a => a.ContentHash == hash);
            var stored = new StoredArticle(i >= 0 ? articles[i].Id : articles.Count + 1, hash, article, digest, DateTimeOffset.UnixEpoch);
            if (i >= 0)
            {
                articles[i] = stored;
            }
            else
            {
                articles.Add(stored);
            }

            return Task.FromResult(stored);
        }
    }

    public Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(articles.FirstOrDefault(a => a.Id == id));

    public Task<StoredArticle?> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(articles.LastOrDefault(a => a.Article.Url == url));

    public Task<StoredArticle?> FindByHashAsync(string contentHash, CancellationToken cancellationToken) =>
        Task.FromResult(articles.FirstOrDefault(a => a.ContentHash == contentHash));

    public Task<IReadOnlyList<StoredArticle>> RecentAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredArticle>>(articles.AsEnumerable().Reverse().Take(limit).ToList());
}

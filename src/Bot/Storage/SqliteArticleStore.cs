using Bot.Chat.Stores;
using Bot.Digest;
using Bot.Digest.Ingest;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>Articles (unique by content hash) and their latest digest.</summary>
internal sealed class SqliteArticleStore(SqliteDatabase database, TimeProvider time) : IArticleStore
{
    private const string Select = """
        SELECT a.id, a.content_hash, a.article_json, d.digest_json, a.added_at
        FROM articles a JOIN digests d ON d.article_id = a.id
        """;

    public async Task<StoredArticle> SaveAsync(Article article, NewsDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(digest);
        var hash = ContentHash.Of(article);
        var now = SqlValues.Stamp(time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        long id;
        string addedAt;
        await using (var upsert = connection.Command("""
            INSERT INTO articles (content_hash, source, url, title, article_json, added_at)
            VALUES ($hash, $source, $url, $title, $json, $now)
            ON CONFLICT (content_hash) DO UPDATE SET url = COALESCE(articles.url, excluded.url)
            RETURNING id, added_at;
            """, transaction))
        {
            upsert.With("$hash", hash).With("$source", article.Source).With("$url", article.Url).With("$title", article.Title)
                .With("$json", StorageJson.Write(article)).With("$now", now);
            await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            id = reader.GetInt64(0);
            addedAt = reader.GetString(1);
        }

        await using (var saveDigest = connection.Command("""
            INSERT INTO digests (article_id, method, digest_json, created_at) VALUES ($id, $method, $json, $now)
            ON CONFLICT (article_id) DO UPDATE SET method = excluded.method, digest_json = excluded.digest_json, created_at = excluded.created_at;
            """, transaction))
        {
            saveDigest.With("$id", id).With("$method", digest.Provenance.Method).With("$json", StorageJson.Write(digest)).With("$now", now);
            await saveDigest.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new StoredArticle(id, hash, article, digest, SqlValues.ReadStamp(addedAt));
    }

    public Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken) =>
        OneAsync($"{Select} WHERE a.id = $value;", id, cancellationToken);

    public Task<StoredArticle?> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        OneAsync($"{Select} WHERE a.url = $value ORDER BY a.id DESC LIMIT 1;", url, cancellationToken);

    public Task<StoredArticle?> FindByHashAsync(string contentHash, CancellationToken cancellationToken) =>
        OneAsync($"{Select} WHERE a.content_hash = $value;", contentHash, cancellationToken);

    public async Task<IReadOnlyList<StoredArticle>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{Select} ORDER BY a.id DESC LIMIT $limit;").With("$limit", limit);
        return await ReadAllAsync(command, cancellationToken);
    }

    private async Task<StoredArticle?> OneAsync(string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql).With("$value", value);
        var all = await ReadAllAsync(command, cancellationToken);
        return all.Count > 0 ? all[0] : null;
    }

    private static async Task<IReadOnlyList<StoredArticle>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StoredArticle(
                reader.GetInt64(0),
                reader.GetString(1),
                StorageJson.Read<Article>(reader.GetString(2)),
                StorageJson.Read<NewsDigest>(reader.GetString(3)),
                SqlValues.ReadStamp(reader.GetString(4))));
        }

        return result;
    }
}

using Bot.Digest.Ingest;
using Bot.Scheduling;
using Bot.Scheduling.Feeds;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>Feeds and their items (schema v3). A fetch's items are added in one transaction, deduplicated against every
/// feed's items by key, canonical URL and content hash.</summary>
internal sealed class SqliteFeedStore(SqliteDatabase database) : IFeedStore
{
    private const string SelectFeed = """
        SELECT url, kind, title, etag, last_modified, last_fetch_at, last_success_at, last_result, failures, next_fetch_at, paused_at, pause_reason
        FROM feeds
        """;

    private const string SelectItem = """
        SELECT id, feed_url, item_key, COALESCE(duplicate_of, id), duplicate_by, article_json, first_seen_at, article_id, page_checked, note
        FROM feed_items
        """;

    public async Task<FeedState?> GetAsync(string url, CancellationToken cancellationToken)
    {
        var all = await ListAsync([url], cancellationToken);
        return all.Count > 0 ? all[0] : null;
    }

    public async Task<IReadOnlyList<FeedState>> ListAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var result = new List<FeedState>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in urls.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = In(connection, $"{SelectFeed} WHERE url IN", chunk, ";");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result.Add(new FeedState(reader.GetString(0))
                {
                    Kind = reader.IsDBNull(1) ? null : Enum.Parse<FeedKind>(reader.GetString(1)),
                    Title = Text(reader, 2),
                    ETag = Text(reader, 3),
                    LastModified = Stamp(reader, 4),
                    LastFetchAt = Stamp(reader, 5),
                    LastSuccessAt = Stamp(reader, 6),
                    LastResult = Text(reader, 7),
                    Failures = reader.GetInt32(8),
                    NextFetchAt = Stamp(reader, 9),
                    PausedAt = Stamp(reader, 10),
                    PauseReason = Text(reader, 11),
                });
            }
        }

        return result;
    }

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO feeds (url, kind, title, etag, last_modified, last_fetch_at, last_success_at, last_result, failures, next_fetch_at, paused_at, pause_reason)
            VALUES ($url, $kind, $title, $etag, $modified, $fetch, $success, $result, $failures, $next, $paused, $reason)
            ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, title = excluded.title, etag = excluded.etag,
                last_modified = excluded.last_modified, last_fetch_at = excluded.last_fetch_at, last_success_at = excluded.last_success_at,
                last_result = excluded.last_result, failures = excluded.failures, next_fetch_at = excluded.next_fetch_at,
                paused_at = excluded.paused_at, pause_reason = excluded.pause_reason;
            """);
        command.With("$url", state.Url).With("$kind", state.Kind?.ToString()).With("$title", state.Title).With("$etag", state.ETag)
            .With("$modified", Stamp(state.LastModified)).With("$fetch", Stamp(state.LastFetchAt)).With("$success", Stamp(state.LastSuccessAt))
            .With("$result", state.LastResult).With("$failures", state.Failures).With("$next", Stamp(state.NextFetchAt))
            .With("$paused", Stamp(state.PausedAt)).With("$reason", state.PauseReason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ItemsAdded> AddItemsAsync(string feedUrl, IReadOnlyList<NewFeedItem> items, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        int added = 0, duplicates = 0, known = 0;
        if (items.Count == 0)
        {
            return new ItemsAdded(0, 0, 0);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var exists = connection.Command("SELECT 1 FROM feed_items WHERE feed_url = $feed AND item_key = $key;", transaction).With("$feed", feedUrl).With("$key", null);
        await using var byUrl = connection.Command("SELECT COALESCE(duplicate_of, id) FROM feed_items WHERE canonical_url = $value ORDER BY id LIMIT 1;", transaction).With("$value", null);
        await using var byHash = connection.Command("SELECT COALESCE(duplicate_of, id) FROM feed_items WHERE content_hash = $value ORDER BY id LIMIT 1;", transaction).With("$value", null);
        await using var insert = connection.Command("""
            INSERT INTO feed_items (feed_url, item_key, url, canonical_url, content_hash, article_json, first_seen_at, duplicate_of, duplicate_by, page_checked, note)
            VALUES ($feed, $key, $url, $canonical, $hash, $json, $seen, $root, $by, $checked, $note);
            """, transaction).With("$feed", feedUrl).With("$key", null).With("$url", null).With("$canonical", null).With("$hash", null)
            .With("$json", null).With("$seen", SqlValues.Stamp(seenAt)).With("$root", null).With("$by", null).With("$checked", 0).With("$note", null);
        foreach (var item in items)
        {
            exists.Parameters["$key"].Value = item.Key;
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                known++;
                continue;
            }

            object? root = null;
            string? by = null;
            if (item.CanonicalUrl is not null)
            {
                byUrl.Parameters["$value"].Value = item.CanonicalUrl;
                root = await byUrl.ExecuteScalarAsync(cancellationToken);
                by = root is null ? null : "url";
            }

            if (root is null)
            {
                byHash.Parameters["$value"].Value = item.ContentHash;
                root = await byHash.ExecuteScalarAsync(cancellationToken);
                by = root is null ? null : "hash";
            }

            insert.Parameters["$key"].Value = item.Key;
            insert.Parameters["$url"].Value = (object?)item.Url ?? DBNull.Value;
            insert.Parameters["$canonical"].Value = (object?)item.CanonicalUrl ?? DBNull.Value;
            insert.Parameters["$hash"].Value = item.ContentHash;
            insert.Parameters["$json"].Value = StorageJson.Write(item.Article);
            insert.Parameters["$root"].Value = root ?? DBNull.Value;
            insert.Parameters["$by"].Value = (object?)by ?? DBNull.Value;
            insert.Parameters["$checked"].Value = item.PageChecked ? 1 : 0;
            insert.Parameters["$note"].Value = (object?)item.Note ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            if (root is null)
            {
                added++;
            }
            else
            {
                duplicates++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new ItemsAdded(added, duplicates, known);
    }

    public async Task<IReadOnlyList<StoredFeedItem>> ItemsSinceAsync(IReadOnlyCollection<string> feedUrls, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrls);
        var result = new List<StoredFeedItem>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in feedUrls.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = In(connection, $"{SelectItem} WHERE first_seen_at > $since AND article_json <> '' AND feed_url IN", chunk, " ORDER BY id;").With("$since", SqlValues.Stamp(since));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result.Add(new StoredFeedItem(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetInt64(3),
                    Text(reader, 4),
                    StorageJson.Read<Article>(reader.GetString(5)),
                    SqlValues.ReadStamp(reader.GetString(6)),
                    reader.IsDBNull(7) ? null : reader.GetInt64(7),
                    reader.GetInt32(8) != 0,
                    Text(reader, 9)));
            }
        }

        return result.OrderBy(i => i.Id).ToList();
    }

    public async Task UpdateItemAsync(long id, Article article, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("UPDATE feed_items SET article_json = $json, note = $note, page_checked = 1 WHERE id = $id;")
            .With("$json", StorageJson.Write(article)).With("$note", note).With("$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SetArticleAsync(IReadOnlyCollection<long> itemIds, long articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in itemIds.Distinct().Chunk(500))
        {
            await using var command = In(connection, "UPDATE feed_items SET article_id = $article WHERE id IN", chunk, ";").With("$article", articleId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<int> CompactItemsAsync(DateTimeOffset seenBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("UPDATE feed_items SET article_json = '' WHERE first_seen_at < $before AND article_json <> '';")
            .With("$before", SqlValues.Stamp(seenBefore));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<long>> FeedArticleIdsAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var result = new HashSet<long>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in articleIds.Distinct().Chunk(500))
        {
            await using var command = In(connection, "SELECT DISTINCT article_id FROM feed_items WHERE article_id IN", chunk, ";");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result.Add(reader.GetInt64(0));
            }
        }

        return result;
    }

    /// <summary>"… IN ($i0, $i1, …)" with one parameter per value.</summary>
    private static SqliteCommand In<T>(SqliteConnection connection, string head, IReadOnlyList<T> values, string tail)
    {
        var names = values.Select((_, i) => $"$i{i}").ToList();
        var command = connection.Command($"{head} ({string.Join(", ", names)}){tail}");
        for (var i = 0; i < values.Count; i++)
        {
            command.With(names[i], values[i]);
        }

        return command;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? Stamp(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : SqlValues.ReadStamp(reader.GetString(column));

    private static string? Stamp(DateTimeOffset? value) => value is { } v ? SqlValues.Stamp(v) : null;
}

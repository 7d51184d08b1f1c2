using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>
/// The schema, as numbered upgrade scripts. On start each script newer than the database's version runs, with the
/// version bump, in one transaction, so the upgrade is idempotent and an interrupted one leaves the previous version
/// intact. NEVER edit a released script: add the next one (the feeds work adds V3 for its tables).
/// v1 (first release): articles, digests, channel context, subscriptions.
/// v2: subscription schedules, the conversation's focus and daily-digest numbering, the delivery ledger.
/// v4: the model summarizer's answer cache and daily token usage (v3 is the feeds work's).
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<(int Version, string Sql)> Scripts { get; } =
    [
        (1, V1),
        (2, V2),
        (4, V4),
    ];

    public static int Latest => Scripts[^1].Version;

    public const string V1 = """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            article_json TEXT NOT NULL,
            added_at TEXT NOT NULL);
        CREATE INDEX articles_url ON articles(url);
        CREATE TABLE digests (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            method TEXT NOT NULL,
            digest_json TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE channel_context (
            conversation_key TEXT PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id),
            updated_at TEXT NOT NULL);
        CREATE TABLE subscriptions (
            conversation_key TEXT NOT NULL,
            platform TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            thread_id TEXT,
            feed_url TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (conversation_key, feed_url));
        """;

    public const string V2 = """
        ALTER TABLE subscriptions ADD COLUMN schedule TEXT;
        ALTER TABLE channel_context ADD COLUMN focus TEXT NOT NULL DEFAULT 'article';
        CREATE TABLE digest_numbering (
            conversation_key TEXT NOT NULL,
            position INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            PRIMARY KEY (conversation_key, position));
        CREATE TABLE deliveries (
            delivery_key TEXT PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            platform TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            thread_id TEXT,
            message_json TEXT NOT NULL,
            state TEXT NOT NULL,
            claimed_at TEXT NOT NULL,
            confirmed_at TEXT,
            message_ids TEXT,
            note TEXT);
        CREATE INDEX deliveries_state ON deliveries(state, claimed_at);
        CREATE INDEX deliveries_conversation ON deliveries(conversation_key, state, confirmed_at);
        CREATE TABLE delivery_items (
            conversation_key TEXT NOT NULL,
            item_key TEXT NOT NULL,
            delivery_key TEXT NOT NULL REFERENCES deliveries(delivery_key),
            PRIMARY KEY (conversation_key, item_key));
        CREATE INDEX delivery_items_delivery ON delivery_items(delivery_key);
        """;

    /// <summary>The model's answers by (article content hash, model, prompt version), so the same article never costs
    /// twice; and the tokens spent per UTC day, so the daily budget survives restarts.</summary>
    public const string V4 = """
        CREATE TABLE summary_cache (
            content_hash TEXT NOT NULL,
            model TEXT NOT NULL,
            prompt_version TEXT NOT NULL,
            answer TEXT NOT NULL,
            input_tokens INTEGER NOT NULL,
            output_tokens INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (content_hash, model, prompt_version));
        CREATE TABLE model_token_usage (
            day TEXT PRIMARY KEY,
            tokens INTEGER NOT NULL);
        """;

    /// <summary>Brings the database to <see cref="Latest"/>; returns (from, to).</summary>
    public static async Task<(int From, int To)> UpgradeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var from = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (from > Latest)
        {
            throw new InvalidOperationException($"The database schema is v{from}, newer than this bot's v{Latest}; run a newer bot or point Storage:Path at another file.");
        }

        foreach (var (version, sql) in Scripts.Where(s => s.Version > from))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await ExecuteAsync(connection, transaction, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({version});", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (from, Latest);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>
/// The schema, as numbered upgrade scripts. On start each script newer than the database's version runs, with the
/// version bump, in one transaction, so the upgrade is idempotent and an interrupted one leaves the previous version
/// intact. NEVER edit a released script: add the next one (the feeds work adds V3 for its tables).
/// v1 (first release): articles, digests, channel context, subscriptions.
/// v2: subscription schedules, the conversation's focus and daily-digest numbering, the delivery ledger.
/// v3 (feeds): feed state (conditional GET, back-off, pause), feed items (dedupe by id, canonical URL and content
/// hash), and each channel schedule's last slot, last digest and report.
/// v4 (model summarizer): the answer cache and the daily token usage.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<(int Version, string Sql)> Scripts { get; } =
    [
        (1, V1),
        (2, V2),
        (3, V3),
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

    /// <summary>
    /// Feeds: <c>feeds</c> (one row per URL, however many channels follow it: validators for conditional GET, the
    /// consecutive failures and next attempt of its back-off, the pause), <c>feed_items</c> (unique per feed and item
    /// key; <c>duplicate_of</c> points at the first item with the same canonical URL or content hash, so one story
    /// from several feeds is one root; <c>article_id</c> once digested), and <c>digest_runs</c> (per conversation and
    /// schedule: the last slot handled, when its last digest was claimed, and why stories were or were not in it).
    /// </summary>
    public const string V3 = """
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            kind TEXT,
            title TEXT,
            etag TEXT,
            last_modified TEXT,
            last_fetch_at TEXT,
            last_success_at TEXT,
            last_result TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_fetch_at TEXT,
            paused_at TEXT,
            pause_reason TEXT);
        CREATE TABLE feed_items (
            id INTEGER PRIMARY KEY,
            feed_url TEXT NOT NULL,
            item_key TEXT NOT NULL,
            url TEXT,
            canonical_url TEXT,
            content_hash TEXT NOT NULL,
            article_json TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            duplicate_of INTEGER REFERENCES feed_items(id),
            duplicate_by TEXT,
            article_id INTEGER REFERENCES articles(id),
            page_checked INTEGER NOT NULL DEFAULT 0,
            note TEXT,
            UNIQUE (feed_url, item_key));
        CREATE INDEX feed_items_canonical ON feed_items(canonical_url);
        CREATE INDEX feed_items_hash ON feed_items(content_hash);
        CREATE INDEX feed_items_seen ON feed_items(feed_url, first_seen_at);
        CREATE INDEX feed_items_article ON feed_items(article_id);
        CREATE TABLE digest_runs (
            conversation_key TEXT NOT NULL,
            schedule TEXT NOT NULL,
            last_slot TEXT NOT NULL,
            last_digest_at TEXT,
            report_json TEXT,
            PRIMARY KEY (conversation_key, schedule));
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

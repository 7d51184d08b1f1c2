using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Storage;

namespace Bot.Tests.Storage;

public sealed class SchemaUpgradeTests
{
    /// <summary>The v1 schema as released, written out by hand (not taken from Schema.V1), with one row per table.</summary>
    private const string HandWrittenV1 = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version VALUES (1);
        CREATE TABLE articles (id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL, url TEXT, title TEXT,
            article_json TEXT NOT NULL, added_at TEXT NOT NULL);
        CREATE INDEX articles_url ON articles(url);
        CREATE TABLE digests (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, method TEXT NOT NULL,
            digest_json TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE channel_context (conversation_key TEXT PRIMARY KEY, article_id INTEGER REFERENCES articles(id), updated_at TEXT NOT NULL);
        CREATE TABLE subscriptions (conversation_key TEXT NOT NULL, platform TEXT NOT NULL, channel_id TEXT NOT NULL, thread_id TEXT,
            feed_url TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (conversation_key, feed_url));
        INSERT INTO articles VALUES (7, 'abc123', 'old.txt', 'https://example.com/old', 'Old story',
            '{"source":"old.txt","title":"Old story","sections":[{"index":0,"heading":null,"paragraphs":["Lead."]},{"index":1,"heading":"Costs","paragraphs":["It cost $5."]}]}',
            '2024-01-02T03:04:05.0000000Z');
        INSERT INTO digests VALUES (7, 'extractive',
            '{"source":"old.txt","title":"Old story","tldr":"Lead.","bullets":["Lead."],"sections":[{"index":1,"title":"Costs","bullets":["It cost $5."]}],"figures":[],"provenance":{"wordCount":4,"completeness":"FullText","method":"extractive"}}',
            '2024-01-02T03:04:05.0000000Z');
        INSERT INTO channel_context VALUES ('discord:42', 7, '2024-01-02T03:04:05.0000000Z');
        INSERT INTO subscriptions VALUES ('discord:42', 'discord', '42', NULL, 'https://example.com/feed.xml', '2024-01-02T03:04:05.0000000Z');
        """;

    [Fact]
    public async Task Start_OnAVersion1Database_UpgradesToTheLatestVersionWithDataIntact()
    {
        using var db = new TempDatabase();
        await db.ExecuteAsync(HandWrittenV1);

        await db.Database.EnsureReadyAsync(CancellationToken.None);

        Assert.Equal(4L, await db.ScalarAsync("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(1L, await db.ScalarAsync("SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal("wal", await db.ScalarAsync("PRAGMA journal_mode;"));
        var article = await new SqliteArticleStore(db.Database, db.Time).GetAsync(7, CancellationToken.None);
        Assert.Equal("Old story", article!.Article.Title);
        Assert.Equal("Costs", article.Article.Sections[1].Heading);
        Assert.Equal(4, article.Digest.Provenance.WordCount);
        var context = await new SqliteConversationStore(db.Database, db.Time).GetAsync("discord:42", CancellationToken.None);
        Assert.Equal((7L, ContextFocus.Article), (context!.CurrentArticleId!.Value, context.Focus));
        var subscription = Assert.Single(await new SqliteSubscriptionStore(db.Database).ListAllAsync(CancellationToken.None));
        Assert.Equal((new Conversation("discord", "42"), "https://example.com/feed.xml", (string?)null), (subscription.Conversation, subscription.FeedUrl, subscription.Schedule));

        // The v2 tables work on the upgraded file.
        var claim = await new SqliteDeliveryLedger(db.Database, db.Time).ClaimAsync(new Conversation("discord", "42"), ["article:7"], ChatMessage.Text("x"), CancellationToken.None);
        Assert.NotNull(claim);
    }

    [Fact]
    public async Task Start_Twice_IsIdempotent()
    {
        using var db = new TempDatabase();
        await db.Database.EnsureReadyAsync(CancellationToken.None);
        await new SqliteSubscriptionStore(db.Database).AddAsync(new Subscription(new Conversation("terminal", "local"), "https://example.com/f", "daily", db.Time.GetUtcNow()), CancellationToken.None);

        await db.Reopen().EnsureReadyAsync(CancellationToken.None);

        Assert.Equal(4L, await db.ScalarAsync("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(1L, await db.ScalarAsync("SELECT COUNT(*) FROM subscriptions;"));
    }

    [Fact]
    public async Task Start_OnANewerSchema_RefusesWithAClearMessage()
    {
        using var db = new TempDatabase();
        await db.ExecuteAsync("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99);");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Database.EnsureReadyAsync(CancellationToken.None));

        Assert.Contains("v99, newer than this bot's v4", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Path", error.Message, StringComparison.Ordinal);
    }
}

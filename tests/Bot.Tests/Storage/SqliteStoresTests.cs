using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Storage;

namespace Bot.Tests.Storage;

public sealed class SqliteStoresTests
{
    [Fact]
    public async Task Articles_SaveAndGet_RoundTripsEveryField()
    {
        using var db = new TempDatabase();
        var store = new SqliteArticleStore(db.Database, db.Time);
        var (article, digest) = Samples.Article("Title", url: "https://example.com/a");

        var saved = await store.SaveAsync(article, digest, CancellationToken.None);
        var loaded = await new SqliteArticleStore(db.Reopen(), db.Time).GetAsync(saved.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(saved.ContentHash, loaded.ContentHash);
        Assert.Equal(article.Title, loaded.Article.Title);
        Assert.Equal(article.Sections.Select(s => (s.Index, s.Heading, string.Join('|', s.Paragraphs))), loaded.Article.Sections.Select(s => (s.Index, s.Heading, string.Join('|', s.Paragraphs))));
        Assert.Equal(article.Published, loaded.Article.Published);
        Assert.Equal(ArticleCompletenessOf(article), ArticleCompletenessOf(loaded.Article));
        Assert.Equal(digest.Figures[0], loaded.Digest.Figures[0]);
        Assert.Equal(digest.Provenance, loaded.Digest.Provenance);
        Assert.Equal(digest.Bullets, loaded.Digest.Bullets);
        Assert.Equal(db.Time.GetUtcNow(), loaded.AddedAt);
        Assert.True(File.Exists(db.Path));
    }

    [Fact]
    public async Task Articles_SameContentTwice_IsOneArticleWithTheNewestDigest()
    {
        using var db = new TempDatabase();
        var store = new SqliteArticleStore(db.Database, db.Time);
        var (article, digest) = Samples.Article("Same");

        var first = await store.SaveAsync(article, digest, CancellationToken.None);
        var second = await store.SaveAsync(article with { Source = "other-feed", Url = "https://example.com/b" }, digest with { Tldr = "Newer." }, CancellationToken.None);
        var other = await store.SaveAsync(Samples.Article("Different").Article, digest, CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal("Newer.", (await store.GetAsync(first.Id, CancellationToken.None))!.Digest.Tldr);
        Assert.Equal(first.Id, (await store.FindByUrlAsync("https://example.com/b", CancellationToken.None))!.Id);
        Assert.Equal(first.Id, (await store.FindByHashAsync(first.ContentHash, CancellationToken.None))!.Id);
        Assert.Equal([other.Id, first.Id], (await store.RecentAsync(10, CancellationToken.None)).Select(a => a.Id));
    }

    [Fact]
    public async Task Conversations_CurrentArticleAndDailyNumbering_RoundTrip()
    {
        using var db = new TempDatabase();
        var articles = new SqliteArticleStore(db.Database, db.Time);
        var store = new SqliteConversationStore(db.Database, db.Time);
        var a = await articles.SaveAsync(Samples.Article("A").Article, Samples.Article("A").Digest, CancellationToken.None);
        var b = await articles.SaveAsync(Samples.Article("B").Article, Samples.Article("B").Digest, CancellationToken.None);
        var channel = new Conversation("discord", "123");

        Assert.Null(await store.GetAsync(channel.Key, CancellationToken.None));
        await store.SetCurrentArticleAsync(channel, a.Id, CancellationToken.None);
        var afterArticle = await store.GetAsync(channel.Key, CancellationToken.None);
        await store.SetDailyDigestAsync(channel, [b.Id, a.Id], CancellationToken.None);
        var afterDaily = await new SqliteConversationStore(db.Reopen(), db.Time).GetAsync(channel.Key, CancellationToken.None);

        Assert.Equal((a.Id, ContextFocus.Article), (afterArticle!.CurrentArticleId, afterArticle.Focus));
        Assert.Equal(ContextFocus.DailyDigest, afterDaily!.Focus);
        Assert.Equal([b.Id, a.Id], afterDaily.Numbering);
        Assert.Equal(a.Id, afterDaily.CurrentArticleId);
    }

    [Fact]
    public async Task Subscriptions_AddUpdateListRemove()
    {
        using var db = new TempDatabase();
        var store = new SqliteSubscriptionStore(db.Database);
        var thread = new Conversation("slack", "C1", "1700000000.0001");
        var now = db.Time.GetUtcNow();

        Assert.True(await store.AddAsync(new Subscription(thread, "https://example.com/feed.xml", null, now), CancellationToken.None));
        Assert.False(await store.AddAsync(new Subscription(thread, "https://example.com/feed.xml", "daily 08:00 Europe/Berlin", now), CancellationToken.None));
        Assert.True(await store.AddAsync(new Subscription(new Conversation("discord", "9"), "https://example.com/other.xml", null, now), CancellationToken.None));
        var listed = Assert.Single(await store.ListAsync(thread.Key, CancellationToken.None));
        var all = await store.ListAllAsync(CancellationToken.None);
        var removed = await store.RemoveAsync(thread.Key, "https://example.com/feed.xml", CancellationToken.None);
        var removedAgain = await store.RemoveAsync(thread.Key, "https://example.com/feed.xml", CancellationToken.None);

        Assert.Equal(thread, listed.Conversation);
        Assert.Equal("daily 08:00 Europe/Berlin", listed.Schedule);
        Assert.Equal(now, listed.CreatedAt);
        Assert.Equal(2, all.Count);
        Assert.True(removed);
        Assert.False(removedAgain);
    }

    [Fact]
    public async Task Ledger_ClaimIsUniquePerConversationAndItem_AndAllOrNothing()
    {
        using var db = new TempDatabase();
        var ledger = new SqliteDeliveryLedger(db.Database, db.Time);
        var channel = new Conversation("discord", "1");
        var message = ChatMessage.Text("digest");

        var first = await ledger.ClaimAsync(channel, ["article:1", "article:2"], message, CancellationToken.None);
        var overlap = await ledger.ClaimAsync(channel, ["article:3", "article:2"], message, CancellationToken.None);
        var fresh = await ledger.ClaimAsync(channel, ["article:3"], message, CancellationToken.None);
        var otherChannel = await ledger.ClaimAsync(channel with { ChannelId = "2" }, ["article:1"], message, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(overlap);
        Assert.NotNull(fresh);
        Assert.NotNull(otherChannel);
        Assert.Equal(25, first.DeliveryKey.Length);
        Assert.Equal(new HashSet<string> { "article:1", "article:2", "article:3" }, await ledger.TakenAsync(channel.Key, ["article:1", "article:2", "article:3", "article:4"], CancellationToken.None));
    }

    [Fact]
    public async Task Ledger_ConcurrentClaimsOfOneItem_ExactlyOneWins()
    {
        using var db = new TempDatabase();
        var ledger = new SqliteDeliveryLedger(db.Database, db.Time);
        var channel = new Conversation("discord", "1");

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ledger.ClaimAsync(channel, ["article:7"], ChatMessage.Text("x"), CancellationToken.None))));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task Ledger_PendingConfirmRelease_Lifecycle()
    {
        using var db = new TempDatabase();
        var ledger = new SqliteDeliveryLedger(db.Database, db.Time);
        var channel = new Conversation("slack", "C1", "17.1");
        var message = new ChatMessage("Daily digest", null, [new ListBlock([[new TextRun("one", Bold: true)]], Numbered: true, Start: 3)], "footer");

        var a = await ledger.ClaimAsync(channel, ["article:1"], message, CancellationToken.None);
        var b = await ledger.ClaimAsync(channel, ["article:2"], message, CancellationToken.None);
        var c = await ledger.ClaimAsync(channel, ["article:3"], message, CancellationToken.None);
        await ledger.MarkSendingAsync(b!.DeliveryKey, CancellationToken.None);
        await ledger.ConfirmAsync(c!.DeliveryKey, new PostReceipt(["m1", "m2"]), CancellationToken.None);
        var pending = await new SqliteDeliveryLedger(db.Reopen(), db.Time).PendingAsync(CancellationToken.None);
        await ledger.ReleaseAsync(a!.DeliveryKey, "refused", CancellationToken.None);
        var afterRelease = await ledger.PendingAsync(CancellationToken.None);
        var reclaimed = await ledger.ClaimAsync(channel, ["article:1"], message, CancellationToken.None);
        var latest = await ledger.LatestDeliveredAsync(channel.Key, CancellationToken.None);

        Assert.Equal([(a.DeliveryKey, Chat.Delivery.DeliveryState.Claimed), (b.DeliveryKey, Chat.Delivery.DeliveryState.Sending)], pending.Select(p => (p.DeliveryKey, p.State)));
        Assert.Equal(channel, pending[0].Conversation);
        Assert.Equal(["article:1"], pending[0].ItemKeys);
        Assert.Equal(PlainTextRenderer.Render(message), PlainTextRenderer.Render(pending[0].Message));
        Assert.Equal([b.DeliveryKey], afterRelease.Select(p => p.DeliveryKey));
        Assert.NotNull(reclaimed);
        Assert.Equal(c.DeliveryKey, latest!.DeliveryKey);
        Assert.Equal(["m1", "m2"], latest.MessageIds);
        Assert.Equal(["article:3"], latest.ItemKeys);
    }

    private static Bot.Digest.Ingest.ArticleCompleteness ArticleCompletenessOf(Bot.Digest.Ingest.Article article) => article.Completeness;
}

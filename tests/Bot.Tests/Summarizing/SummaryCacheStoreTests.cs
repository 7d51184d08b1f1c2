using Bot.Storage;
using Bot.Summarizing;
using Bot.Tests.Storage;

namespace Bot.Tests.Summarizing;

public sealed class SummaryCacheStoreTests
{
    [Fact]
    public async Task TryReserve_StopsAtTheBudgetAndResetsAtMidnightUtc()
    {
        using var db = new TempDatabase();
        db.Time.SetUtcNow(new DateTimeOffset(2025, 6, 1, 23, 59, 0, TimeSpan.Zero));
        var store = new SummaryCacheStore(db.Database, db.Time);

        Assert.True(await store.TryReserveAsync(600, 1000, CancellationToken.None));
        Assert.True(await store.TryReserveAsync(400, 1000, CancellationToken.None)); // exactly the budget
        Assert.False(await store.TryReserveAsync(1, 1000, CancellationToken.None));
        await store.SettleAsync(-300, CancellationToken.None);                         // the call used less
        Assert.Equal(700, await store.UsedTodayAsync(CancellationToken.None));
        Assert.False(await store.TryReserveAsync(301, 1000, CancellationToken.None));
        Assert.True(await store.TryReserveAsync(300, 1000, CancellationToken.None));
        db.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, await store.UsedTodayAsync(CancellationToken.None));
        Assert.True(await store.TryReserveAsync(1000, 1000, CancellationToken.None));
        Assert.False(await store.TryReserveAsync(1001, 1000, CancellationToken.None)); // never more than the budget
    }

    [Fact]
    public async Task Cache_IsKeyedByHashModelAndPromptVersion()
    {
        using var db = new TempDatabase();
        var store = new SummaryCacheStore(db.Database, db.Time);

        await store.PutAsync("h1", "m1", "v1", "{\"a\":1}", 10, 5, CancellationToken.None);
        await store.PutAsync("h1", "m1", "v1", "{\"a\":2}", 10, 5, CancellationToken.None); // replaces

        Assert.Equal("{\"a\":2}", await store.GetAsync("h1", "m1", "v1", CancellationToken.None));
        Assert.Null(await store.GetAsync("h1", "m2", "v1", CancellationToken.None));
        Assert.Null(await store.GetAsync("h1", "m1", "v2", CancellationToken.None));
        Assert.Null(await store.GetAsync("h2", "m1", "v1", CancellationToken.None));
    }

    [Fact]
    public async Task Start_OnAVersion2Database_AddsTheSummaryTablesAndKeepsTheData()
    {
        using var db = new TempDatabase();
        await db.ExecuteAsync(Schema.V1 + Schema.V2 + """
            CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2);
            INSERT INTO subscriptions VALUES ('terminal:local', 'terminal', 'local', NULL, 'https://example.com/f', '2024-01-02T03:04:05.0000000Z', 'daily');
            """);

        var store = new SummaryCacheStore(db.Database, db.Time);
        await store.PutAsync("h", "m", "v", "{}", 1, 1, CancellationToken.None);

        Assert.Equal((long)Schema.Latest, await db.ScalarAsync("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal("{}", await store.GetAsync("h", "m", "v", CancellationToken.None));
        Assert.True(await store.TryReserveAsync(10, 10, CancellationToken.None));
        Assert.Equal(1L, await db.ScalarAsync("SELECT COUNT(*) FROM subscriptions;"));
    }
}

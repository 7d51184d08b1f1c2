using Microsoft.Data.Sqlite;

namespace Bot.Tests.EndToEnd;

/// <summary>
/// A digest is never posted twice to a channel, even when the process dies between claiming and posting: the built
/// bot is killed (SIGKILL, via the test-only BOT_TEST_CRASH_AT setting) right after the claim, restarted on the same
/// database, and the terminal's output (the recording platform) must show the digest exactly once overall.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const string DigestHeader = "Daily digest: 1 story";
    private readonly string folder = Directory.CreateTempSubdirectory("bot-crash-").FullName;

    [Theory]
    [InlineData("claimed")]
    [InlineData("sending")]
    public async Task DigestNow_KilledBetweenClaimAndPost_RestartPostsItExactlyOnce(string step)
    {
        var env = new Dictionary<string, string>
        {
            ["Storage__Path"] = Path.Combine(folder, "bot.db"),
            ["Terminal__SeedsPath"] = BuiltBot.SeedsFolder,
        };

        var crashed = await BuiltBot.RunAsync("/digest-now\n", new Dictionary<string, string>(env) { ["BOT_TEST_CRASH_AT"] = step });
        var pendingAfterCrash = await ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE state IN ('claimed', 'sending');");
        var restarted = await BuiltBot.RunAsync(string.Empty, env);
        var again = await BuiltBot.RunAsync("/digest-now\n", env);

        Assert.NotEqual(0, crashed.ExitCode);
        Assert.Contains("crashing the process after the delivery step", crashed.Errors, StringComparison.Ordinal);
        Assert.Equal(0, crashed.Count(DigestHeader));
        Assert.Equal(1L, pendingAfterCrash);

        Assert.True(restarted.ExitCode == 0, restarted.Errors);
        Assert.Equal(1, restarted.Count(DigestHeader));
        Assert.Contains("posting it with the same key", restarted.Errors, StringComparison.Ordinal);

        Assert.True(again.ExitCode == 0, again.Errors);
        Assert.Equal(0, again.Count(DigestHeader));
        Assert.Contains("Nothing new since the last digest here", again.ReplyTo("/digest-now"), StringComparison.Ordinal);

        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE state = 'delivered';"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE state <> 'delivered';"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "bot.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

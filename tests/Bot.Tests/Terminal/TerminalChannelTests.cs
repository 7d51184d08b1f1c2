using Bot.Terminal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Terminal;

public sealed class TerminalChannelTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("bot-terminal-").FullName;

    [Fact]
    public async Task PipedInput_PrintsNewestSeedThenAnswersEachLineInOrder_ThenStops()
    {
        Seed("a-older.txt", "Older story\n\nNothing to see.");
        Seed("b-newer.txt", "Newer story about chips\n\nChips were made. More chips were sold.");
        Seed("notes.json", "{}");
        var output = new StringWriter();
        using var host = InProcessBot.Build(root, Settings(), new TerminalIo(new StringReader("/sections\n\n# comment\n/summary\n/bogus\n/digest-now\n"), output, Interactive: false));

        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));

        var text = output.ToString();
        Assert.StartsWith("Newer story about chips\n", text, StringComparison.Ordinal);
        var echoes = text.Split('\n').Where(l => l.StartsWith("» ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["» /sections", "» /summary", "» /bogus", "» /digest-now"], echoes);
        Assert.Contains("Unknown command /bogus", text, StringComparison.Ordinal);
        Assert.Contains("Daily digest: 2 stories", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("» /bogus", StringComparison.Ordinal) < text.IndexOf("Unknown command", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(root, "data", "bot.db")));
    }

    [Fact]
    public async Task HostileSeed_EscapeSequencesNeverReachTheTerminal()
    {
        Seed("evil.txt", "Evil \u001b]0;owned\u0007title \u001b[2J@everyone\n\nBody \u001b[31mred\u001b[0m text.\r Overwritten \u009b1;1H line.");
        var output = new StringWriter();
        using var host = InProcessBot.Build(root, Settings(), new TerminalIo(new StringReader("/summary\n/figures\n"), output, Interactive: false));

        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));

        var text = output.ToString();
        Assert.StartsWith("Evil title @everyone", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public async Task InteractiveInput_ShowsPrompts()
    {
        Seed("a.txt", "A story\n\nText.");
        var output = new StringWriter();
        using var host = InProcessBot.Build(root, Settings(), new TerminalIo(new StringReader("/help\n"), output, Interactive: true));

        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));

        var text = output.ToString();
        Assert.Contains("Type a command (/help lists them); Ctrl+C quits.", text, StringComparison.Ordinal);
        Assert.Contains("> Commands", text, StringComparison.Ordinal);
        Assert.DoesNotContain("» /help", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingSeedsFolder_StartsWithoutAnArticle()
    {
        var output = new StringWriter();
        var logs = new FakeLoggerProvider();
        using var host = InProcessBot.Build(root, Settings(), new TerminalIo(new StringReader("/summary\n"), output, Interactive: false), logs);

        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.StartsWith("» /summary\nThere is no article here yet", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(logs.Collector.GetSnapshot(), r => r.Id.Id == 5503);
    }

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("token", null, null, false)]
    [InlineData(null, "xoxb-1", null, false)]
    [InlineData("token", null, "true", true)]
    [InlineData(null, null, "false", false)]
    public void IsEnabled_FollowsTokensUnlessForced(string? discord, string? slack, string? enabled, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord,
            ["Slack:BotToken"] = slack,
            ["Terminal:Enabled"] = enabled,
        }).Build();

        Assert.Equal(expected, TerminalServiceCollectionExtensions.IsEnabled(configuration));
    }

    [Fact]
    public async Task BadConfiguration_StopsTheHostNamingEveryBadKeyAtOnce()
    {
        var settings = Settings();
        settings["Storage:Path"] = " ";
        settings["Chat:QuickReplyMilliseconds"] = "5000";
        settings["Terminal:SeedsPath"] = string.Empty;
        using var host = InProcessBot.Build(root, settings, new TerminalIo(new StringReader(string.Empty), new StringWriter(), false));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var text = error.ToString();
        Assert.Contains("Storage:Path is empty", text, StringComparison.Ordinal);
        Assert.Contains("Chat:QuickReplyMilliseconds is 5000", text, StringComparison.Ordinal);
        Assert.Contains("Terminal:SeedsPath is empty", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnparsableValue_StopsTheHostNamingTheKey()
    {
        var settings = Settings();
        settings["Chat:MaxConcurrency"] = "lots";
        using var host = InProcessBot.Build(root, settings, new TerminalIo(new StringReader(string.Empty), new StringWriter(), false));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Chat:MaxConcurrency", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Storage:Path"] = "data/bot.db",
        ["Terminal:SeedsPath"] = "seeds",
    };

    private void Seed(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        File.WriteAllText(Path.Combine(root, "seeds", name), text);
    }
}

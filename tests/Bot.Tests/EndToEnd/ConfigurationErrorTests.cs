namespace Bot.Tests.EndToEnd;

/// <summary>A bad setting stops the built bot before it does anything: exit code 2, one line naming every bad key,
/// no stack trace, no secret.</summary>
public sealed class ConfigurationErrorTests
{
    [Fact]
    public async Task BadSettingsInTwoSections_OneLineNamingBothKeys_Exit2()
    {
        var run = await BuiltBot.RunOnFreshDatabaseAsync(string.Empty, new Dictionary<string, string>
        {
            ["Digest__Bullets"] = "0",
            ["Feeds__PollMinutes"] = "0",
        });

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("configuration error: ", line, StringComparison.Ordinal);
        Assert.Contains("Digest:Bullets is 0; use 1–10.", line, StringComparison.Ordinal);
        Assert.Contains("Feeds:PollMinutes is 0", line, StringComparison.Ordinal);
        Assert.DoesNotContain(".;", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task SlackTokenWithoutAppToken_NamesTheMissingKeyButNeverTheToken()
    {
        const string token = "xoxb-111-222-never-print-me";

        var run = await BuiltBot.RunOnFreshDatabaseAsync(string.Empty, new Dictionary<string, string>
        {
            ["Slack__BotToken"] = token,
            ["Slack__AppToken"] = string.Empty,
        });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("configuration error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("Slack:AppToken", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(token, run.Errors + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }
}

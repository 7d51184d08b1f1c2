using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Emulators.Discord;

namespace Bot.Tests.Discord;

public sealed class SecretsTests
{
    [Fact]
    public async Task Scenario_CommandsRetriesAndFailures_NoLogLineCarriesATokenOrThePath()
    {
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { ChannelMessageLimit = 100, MaxConcurrency = 16 });
        await using var router = new FakeRouter(harness.Platform, async (e, ct) =>
        {
            if (e is CommandReceived command)
            {
                await command.Reply.DeferAsync(ephemeral: false, ct);
                await command.Reply.ReplyAsync(TestMessages.LongDigest(60), ct);
            }
        });
        await harness.WaitForReadyAsync();

        var interaction = await harness.Emulator.SendCommandAsync("summary");
        await harness.Emulator.Requests.WaitForAsync(r => r.Route == Routes.Followup, 1);
        harness.Emulator.Rest.Inject(new InjectedFault(Routes.Messages, 400, """{"code":50035,"message":"Invalid Form Body"}""", new Dictionary<string, string>()));
        await Assert.ThrowsAsync<Bot.Discord.Rest.DiscordHttpException>(() => harness.Platform.PostAsync(new Conversation("discord", "1"), ChatMessage.Text("x"), "k", CancellationToken.None));
        await harness.Emulator.Gateway.SendInvalidSessionAsync(resumable: false);
        await harness.WaitForReadyAsync(2);
        await harness.Emulator.Gateway.CloseAsync(4004);
        await harness.Log.Entries.FirstAsync(e => e.Id == 1007);

        var logs = harness.AllLogText();
        Assert.True(harness.Logs.Count > 10, "the scenario should have produced plenty of log lines");
        Assert.DoesNotContain(harness.Emulator.Options.Token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(interaction.Token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("/webhooks/" + harness.Emulator.Options.ApplicationId + "/", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedToken_ErrorsAndLogsNeverRepeatIt()
    {
        const string Secret = "MTI5OTk5OTk5OTk5OTk5OTk5.G0aBcD.refused-token-do-not-log";
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Token"] = Secret });
        await harness.Log.Entries.FirstAsync(e => e.Id == 1007);

        var error = await Assert.ThrowsAsync<Bot.Discord.Rest.DiscordHttpException>(() => harness.Platform.PostAsync(new Conversation("discord", "1"), ChatMessage.Text("x"), "k", CancellationToken.None));

        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, harness.AllLogText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, harness.Client.FatalError!, StringComparison.Ordinal);
    }
}

using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Emulators.Slack;
using Bot.Slack.WebApi;
using Bot.Tests.Slack.Fakes;

namespace Bot.Tests.Slack;

/// <summary>Tokens, the signing secret and response_url never reach a log line, an exception or a reply.</summary>
public sealed class SlackSecretsTests
{
    [Fact]
    public async Task BusySession_WithErrorsRefreshAndRateLimits_LeaksNoSecret()
    {
        await using var harness = await SlackHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackEmulator.SigningSecret,
            ["Slack:EventsUrl"] = "http://127.0.0.1:0/slack/events",
        });
        await using var router = new FakeRouter(harness.Platform, async c =>
        {
            await c.Reply.DeferAsync(false, CancellationToken.None);
            await c.Reply.ReplyAsync(ChatMessage.Text("done " + c.Invocation.Text), CancellationToken.None);
        });
        var recorder = harness.Emulator.Recorder;
        var first = await recorder.WaitAsync<ConnectionOpened>();

        var id = await harness.Emulator.SendSlashCommandAsync("/summary", "distilled");
        await recorder.WaitAsync<ResponseUrlPost>(p => p.EnvelopeId == id);
        await SocketModeHub.DisconnectAsync(harness.Emulator.Sockets.Socket(first.SocketId), "refresh_requested");
        await recorder.WaitAsync<ConnectionClosed>(c => c.SocketId == first.SocketId);
        var failure = await Assert.ThrowsAsync<SlackException>(() =>
            harness.Platform.PostAsync(new Conversation("slack", "C0MISSING"), ChatMessage.Text("x"), "k", CancellationToken.None));
        harness.Emulator.RateLimitNext("chat.postMessage", 1, 4);
        var posting = harness.Platform.PostAsync(new Conversation("slack", SlackEmulator.General), ChatMessage.Text("y"), "k2", CancellationToken.None);
        harness.Clock.Advance(await harness.Clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(4)));
        await posting.WaitAsync(TimeSpan.FromSeconds(15));
        using var http = new HttpClient();
        using var forged = await harness.Emulator.PostSignedSlashCommandAsync(
            http, await ((Bot.Slack.SlackPlatform)harness.Platform).HttpStarted, "/help", "", tamperBody: b => b + "&x=1");

        var everything = harness.AllLogText() + failure + string.Concat(recorder.Of<RecordedAck>().Select(a => a.Payload?.ToJsonString()));
        var ids = harness.Logs.GetSnapshot().Select(r => r.Id.Id).ToHashSet();
        Assert.Superset(new HashSet<int> { 2002, 2003, 2004, 2033, 2060, 2081 }, ids); // the paths above really logged
        foreach (var secret in new[] { SlackEmulator.BotToken, SlackEmulator.AppToken, SlackEmulator.SigningSecret, "EmulatorBotTokenSecret", "/response/", "ticket=" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Bot.Chat.Messages;
using Bot.Emulators.Slack;
using Bot.Tests.Slack.Fakes;

namespace Bot.Tests.Slack.Http;

/// <summary>HTTP mode end to end: the emulator signs and POSTs slash commands to the bot's Kestrel endpoint.</summary>
public sealed class HttpModeTests
{
    private static Task<SlackHarness> StartHttpOnlyAsync() => SlackHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Slack:AppToken"] = "",
        ["Slack:SigningSecret"] = SlackEmulator.SigningSecret,
        ["Slack:EventsUrl"] = "http://127.0.0.1:0/slack/events",
    });

    private static async Task<Uri> EventsUrlAsync(SlackHarness harness) =>
        await ((Bot.Slack.SlackPlatform)harness.Platform).HttpStarted.WaitAsync(TimeSpan.FromSeconds(15));

    [Fact]
    public async Task SignedSlashCommand_QuickReply_IsThe200Body()
    {
        await using var harness = await StartHttpOnlyAsync();
        await using var router = new FakeRouter(harness.Platform, c => c.Reply.ReplyAsync(ChatMessage.Text("Sections: 1. Lead"), CancellationToken.None));
        using var http = new HttpClient();

        using var response = await harness.Emulator.PostSignedSlashCommandAsync(http, await EventsUrlAsync(harness), "/sections", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("in_channel", body["response_type"]!.GetValue<string>());
        Assert.Equal("Sections: 1. Lead", body["text"]!.GetValue<string>());
        Assert.Equal("sections", (await router.NextCommandAsync()).Invocation.Name);
        Assert.DoesNotContain(harness.Emulator.Recorder.Of<ApiCall>(), c => c.Method == "apps.connections.open");
    }

    [Fact]
    public async Task TamperedBody_Rejected401AndNeverReachesTheRouter()
    {
        await using var harness = await StartHttpOnlyAsync();
        await using var router = new FakeRouter(harness.Platform, c => c.Reply.ReplyAsync(ChatMessage.Text("x"), CancellationToken.None));
        using var http = new HttpClient();
        var url = await EventsUrlAsync(harness);

        using var forged = await harness.Emulator.PostSignedSlashCommandAsync(http, url, "/summary", "markets", tamperBody: b => b.Replace("markets", "secrets", StringComparison.Ordinal));
        using var genuine = await harness.Emulator.PostSignedSlashCommandAsync(http, url, "/summary", "after");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal("after", (await router.NextCommandAsync()).Invocation.Text);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2081 && r.Message.Contains("Mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplayedRequest_SixMinutesOld_Rejected()
    {
        await using var harness = await StartHttpOnlyAsync();
        await using var router = new FakeRouter(harness.Platform, c => c.Reply.ReplyAsync(ChatMessage.Text("x"), CancellationToken.None));
        using var http = new HttpClient();

        using var replay = await harness.Emulator.PostSignedSlashCommandAsync(
            http, await EventsUrlAsync(harness), "/summary", "markets", signedAt: harness.Clock.GetUtcNow() - TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2081 && r.Message.Contains("Stale", StringComparison.Ordinal));
        Assert.Empty(router.Drain());
    }

    [Fact]
    public async Task SlowCommand_Deferred_Empty200ThenReplyGoesToResponseUrl()
    {
        await using var harness = await StartHttpOnlyAsync();
        var answer = new TaskCompletionSource();
        await using var router = new FakeRouter(harness.Platform, async c =>
        {
            await c.Reply.DeferAsync(ephemeral: false, CancellationToken.None);
            await answer.Task;
            await c.Reply.ReplyAsync(ChatMessage.Text("digest ready"), CancellationToken.None);
        });
        using var http = new HttpClient();

        using var response = await harness.Emulator.PostSignedSlashCommandAsync(http, await EventsUrlAsync(harness), "/digest", "https://example.com/x");
        answer.SetResult();
        var reply = await harness.Emulator.Recorder.WaitAsync<ResponseUrlPost>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("digest ready", reply.Body["text"]!.GetValue<string>());
    }
}

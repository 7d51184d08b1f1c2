using Bot.Chat.Messages;
using Bot.Emulators.Slack;
using Bot.Tests.Slack.Fakes;

namespace Bot.Tests.Slack.SocketMode;

/// <summary>Slash commands through the emulator's real Socket Mode: ack first, payload or response_url after.</summary>
public sealed class SlashCommandFlowTests
{
    [Fact]
    public async Task ReadAsync_Starts_OpensWithAppTokenSaysHelloAndChecksBotToken()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, _ => Task.CompletedTask);

        var opened = await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();

        var calls = harness.Emulator.Recorder.Of<ApiCall>();
        Assert.Equal(1, opened.NumConnections);
        Assert.Contains(calls, c => c is { Method: "auth.test", TokenKind: "bot", Error: null });
        Assert.Contains(calls, c => c is { Method: "apps.connections.open", TokenKind: "app", Error: null });
    }

    [Fact]
    public async Task Figures_QuickReply_AckCarriesInChannelBlocksOnTheDeliveringSocket()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, c => c.Reply.ReplyAsync(
            new ChatMessage("Key figures", null, [new ListBlock([[new TextRun("$5.6M", Bold: true), new TextRun(" training cost")]])]),
            CancellationToken.None));
        await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();

        var envelopeId = await harness.Emulator.SendSlashCommandAsync("/figures", "");
        var ack = await harness.Emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == envelopeId);
        var command = await router.NextCommandAsync();

        Assert.Equal("figures", command.Invocation.Name);
        Assert.Equal("", command.Invocation.Text);
        Assert.Equal(new Bot.Chat.Conversation("slack", SlackEmulator.General), command.Conversation);
        Assert.Equal(SlackEmulator.User, command.UserId);
        Assert.Equal(harness.Emulator.Recorder.Of<EnvelopeSent>().Single().SocketId, ack.SocketId);
        Assert.False(ack.Late);
        Assert.Equal("in_channel", ack.Payload!["response_type"]!.GetValue<string>());
        Assert.Equal("header", ack.Payload["blocks"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("• *$5.6M* training cost", ack.Payload["blocks"]![1]!["text"]!["text"]!.GetValue<string>());
        Assert.Empty(harness.Emulator.Recorder.Of<ResponseUrlPost>());
        Assert.Empty(harness.Emulator.Recorder.Of<Violation>());
    }

    [Fact]
    public async Task Summary_WithSectionText_ArrivesAsFreeTextInvocation()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, c => c.Reply.ReplyAsync(ChatMessage.Text("Distilled: ..."), CancellationToken.None));
        await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();

        var envelopeId = await harness.Emulator.SendSlashCommandAsync("/summary", "  distilled ");
        var command = await router.NextCommandAsync();
        var ack = await harness.Emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == envelopeId);

        Assert.Equal("summary", command.Invocation.Name);
        Assert.Equal("distilled", command.Invocation.Text);
        Assert.Equal("Distilled: ...", ack.Payload!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Help_EphemeralReply_AckIsEphemeral()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, c => c.Reply.ReplyAsync(ChatMessage.Text("Commands: ...", ephemeral: true), CancellationToken.None));
        await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();

        var envelopeId = await harness.Emulator.SendSlashCommandAsync("/help", "");
        var ack = await harness.Emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == envelopeId);

        Assert.Equal("ephemeral", ack.Payload!["response_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlowDigest_Deferred_EmptyAckAtOnceThenInChannelReplyViaResponseUrl()
    {
        await using var harness = await SlackHarness.StartAsync();
        var fetched = new TaskCompletionSource();
        await using var router = new FakeRouter(harness.Platform, async c =>
        {
            await c.Reply.DeferAsync(ephemeral: false, CancellationToken.None);
            await fetched.Task; // the article fetch is slow
            await c.Reply.ReplyAsync(new ChatMessage("Big story", "https://example.com/story", [new ParagraphBlock([new TextRun("It happened.")])]), CancellationToken.None);
        });
        await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();

        var envelopeId = await harness.Emulator.SendSlashCommandAsync("/digest", "https://example.com/story");
        var ack = await harness.Emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == envelopeId);
        Assert.Null(ack.Payload);
        Assert.Empty(harness.Emulator.Recorder.Of<ResponseUrlPost>());

        fetched.SetResult();
        var reply = await harness.Emulator.Recorder.WaitAsync<ResponseUrlPost>(p => p.EnvelopeId == envelopeId);

        Assert.Equal(200, reply.Status);
        Assert.Equal("in_channel", reply.Body["response_type"]!.GetValue<string>());
        Assert.False(reply.Body["replace_original"]!.GetValue<bool>());
        Assert.Contains("Big story", reply.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(harness.Emulator.Recorder.Of<RecordedAck>(), a => a.EnvelopeId == envelopeId);
        Assert.Empty(harness.Emulator.Recorder.Of<Violation>());
    }

    [Fact]
    public async Task NoAnswer_SafetyNetAcksEmptyAtTwoSeconds_ThenLateReplyGoesToResponseUrl()
    {
        await using var harness = await SlackHarness.StartAsync();
        var answer = new TaskCompletionSource();
        await using var router = new FakeRouter(harness.Platform, async c =>
        {
            await answer.Task;
            await c.Reply.ReplyAsync(ChatMessage.Text("Unknown section 'x'. Sections: 1. Intro", ephemeral: true), CancellationToken.None);
        });
        await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();

        var envelopeId = await harness.Emulator.SendSlashCommandAsync("/summary", "x");
        await router.NextCommandAsync();
        var due = await harness.Clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2));
        Assert.Empty(harness.Emulator.Recorder.Of<RecordedAck>());

        harness.Clock.Advance(due);
        var ack = await harness.Emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == envelopeId);
        answer.SetResult();
        var reply = await harness.Emulator.Recorder.WaitAsync<ResponseUrlPost>(p => p.EnvelopeId == envelopeId);

        Assert.Null(ack.Payload);
        Assert.Equal("ephemeral", reply.Body["response_type"]!.GetValue<string>());
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2036);
    }
}

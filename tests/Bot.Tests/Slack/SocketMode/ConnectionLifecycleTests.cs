using System.Text.Json.Nodes;
using Bot.Chat.Messages;
using Bot.Emulators.Slack;
using Bot.Tests.Slack.Fakes;

namespace Bot.Tests.Slack.SocketMode;

/// <summary>Refresh without loss, link_disabled, too_many_websockets, dropped and silent sockets.</summary>
public sealed class ConnectionLifecycleTests
{
    private static FakeRouter EchoRouter(SlackHarness harness) =>
        new(harness.Platform, c => c.Reply.ReplyAsync(ChatMessage.Text("echo " + c.Invocation.Text), CancellationToken.None));

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task Refresh_EnvelopeOnOldSocketDuringSwitch_NothingLostAndOldClosedAfterNewHello(string reason)
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = EchoRouter(harness);
        var recorder = harness.Emulator.Recorder;
        var first = await recorder.WaitAsync<ConnectionOpened>();
        // The emulator records ConnectionOpened before it looks for BeforeHello and sends hello: install the hook only
        // once the first socket has its hello, or the hook fires on it and the warning below arrives before its hello.
        await harness.WaitForLogAsync(2002);
        var old = harness.Emulator.Sockets.Socket(first.SocketId);
        string? duringSwitch = null;
        harness.Emulator.Sockets.BeforeHello = async fresh =>
        {
            harness.Emulator.Sockets.BeforeHello = null;
            duringSwitch = await harness.Emulator.SendSlashCommandAsync("/summary", "during", to: old);
            await recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == duringSwitch);
        };

        await SocketModeHub.DisconnectAsync(old, reason);
        var second = await recorder.WaitAsync<ConnectionOpened>(o => o.SocketId != first.SocketId);
        var closed = await recorder.WaitAsync<ConnectionClosed>(c => c.SocketId == first.SocketId);
        var after = await harness.Emulator.SendSlashCommandAsync("/summary", "after");
        var afterAck = await recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == after);

        var all = recorder.All.ToList();
        Assert.True(all.IndexOf(second) < all.IndexOf(closed), "the old socket closed before its replacement opened");
        Assert.Equal(first.SocketId, recorder.Of<RecordedAck>().Single(a => a.EnvelopeId == duringSwitch).SocketId);
        Assert.Equal(second.SocketId, afterAck.SocketId);
        Assert.Equal(["during", "after"], [(await router.NextCommandAsync()).Invocation.Text, (await router.NextCommandAsync()).Invocation.Text]);
        Assert.Equal("echo during", recorder.Of<RecordedAck>().Single(a => a.EnvelopeId == duringSwitch).Payload!["text"]!.GetValue<string>());
        Assert.Empty(recorder.Of<DeadlineMissed>());
        Assert.Equal(2, recorder.Of<ApiCall>().Count(c => c.Method == "apps.connections.open"));
    }

    [Fact]
    public async Task Redelivery_SameEnvelopeTwice_AckedTwiceHandledOnce()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = EchoRouter(harness);
        var recorder = harness.Emulator.Recorder;
        await recorder.WaitAsync<ConnectionOpened>();

        var envelope = harness.Emulator.SlashCommandEnvelope("/figures", "first");
        var id = envelope["envelope_id"]!.GetValue<string>();
        await harness.Emulator.Sockets.DeliverAsync(envelope);
        await recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == id);
        await harness.Emulator.Sockets.DeliverAsync(envelope);
        await recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == id && a.Payload is null);
        await harness.Emulator.SendSlashCommandAsync("/figures", "next");

        Assert.Equal("first", (await router.NextCommandAsync()).Invocation.Text);
        Assert.Equal("next", (await router.NextCommandAsync()).Invocation.Text);
        Assert.Equal(2, recorder.Of<RecordedAck>().Count(a => a.EnvelopeId == id));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2031);
    }

    [Fact]
    public async Task EventRetry_SameEventIdInNewEnvelope_AckedAndSkipped_ButANewEventRetryIsKept()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = EchoRouter(harness);
        var recorder = harness.Emulator.Recorder;
        await recorder.WaitAsync<ConnectionOpened>();
        var mention = new JsonObject { ["type"] = "app_mention", ["user"] = SlackEmulator.User, ["text"] = "hi", ["channel"] = SlackEmulator.General, ["ts"] = "1.000100" };

        var original = SlackEmulator.EventEnvelope("Ev01", mention);
        var retry = SlackEmulator.EventEnvelope("Ev01", (JsonObject)mention.DeepClone(), retryAttempt: 1);
        var onlyCopy = SlackEmulator.EventEnvelope("Ev02", (JsonObject)mention.DeepClone(), retryAttempt: 2);
        foreach (var envelope in new[] { original, retry, onlyCopy })
        {
            await harness.Emulator.Sockets.DeliverAsync(envelope);
            await recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == envelope["envelope_id"]!.GetValue<string>());
        }

        var logs = harness.Logs.GetSnapshot();
        Assert.Single(logs, r => r.Id.Id == 2031);
        Assert.Contains(retry["envelope_id"]!.GetValue<string>(), logs.Single(r => r.Id.Id == 2031).Message, StringComparison.Ordinal);
        Assert.Equal(2, logs.Count(r => r.Id.Id == 2032));
        Assert.All(recorder.Of<RecordedAck>(), a => Assert.Null(a.Payload));
    }

    [Fact]
    public async Task LinkDisabled_StopsWithOneClearLogLineAndNoReconnectLoop()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = EchoRouter(harness);
        await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();

        await harness.Emulator.Sockets.DisableLinkAsync();
        await router.Completion.WaitAsync(TimeSpan.FromSeconds(15));

        var critical = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 2006);
        Assert.Contains("Socket Mode is disabled", critical.Message, StringComparison.Ordinal);
        Assert.Single(harness.Emulator.Recorder.Of<ApiCall>(), c => c.Method == "apps.connections.open");
    }

    [Fact]
    public async Task TooManyWebsockets_BacksOffAtLeastThirtySecondsBeforeTryingAgain()
    {
        await using var harness = await SlackHarness.StartAsync(new SlackEmulatorOptions { MaxConnections = 0 });
        await using var router = EchoRouter(harness);

        var backoff = await harness.Clock.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(30) && d < TimeSpan.FromMinutes(1)); // not the 2-min idle watchdog
        Assert.Single(harness.Emulator.Recorder.Of<ApiCall>(), c => c.Method == "apps.connections.open");
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2007);

        harness.Clock.Advance(backoff);
        await harness.Emulator.Recorder.WaitAsync<ApiCall>(c => c.Method == "apps.connections.open" && harness.Emulator.Recorder.Of<ApiCall>().Count(x => x.Method == c.Method) == 2);
        Assert.True(backoff <= TimeSpan.FromSeconds(30 + 1 + 15), $"back-off {backoff} is capped");
    }

    [Fact]
    public async Task DroppedSocket_ReconnectsAfterJitteredBackoffNotBefore()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = EchoRouter(harness);
        var first = await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();
        await harness.ConnectedAsync(first.SocketId);

        harness.Emulator.Sockets.Socket(first.SocketId).Abort();
        var delay = await harness.Clock.WaitForTimerAsync(d => d >= TimeSpan.FromMilliseconds(500) && d <= TimeSpan.FromSeconds(1));
        Assert.Single(harness.Emulator.Recorder.Of<ApiCall>(), c => c.Method == "apps.connections.open");

        harness.Clock.Advance(delay);
        await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>(o => o.SocketId != first.SocketId);
        var id = await harness.Emulator.SendSlashCommandAsync("/sources", "");
        Assert.NotNull((await harness.Emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == id)).Payload);
    }

    [Fact]
    public async Task SilentSocket_ReplacedAfterIdleTimeout_NewOneFirst()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = EchoRouter(harness);
        var first = await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();
        await harness.ConnectedAsync(first.SocketId); // before that, advancing would also expire the hello wait
        var idle = await harness.Clock.WaitForTimerAsync(d => d == TimeSpan.FromMinutes(30));

        harness.Clock.Advance(idle);
        var second = await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>(o => o.SocketId != first.SocketId);
        var closed = await harness.Emulator.Recorder.WaitAsync<ConnectionClosed>(c => c.SocketId == first.SocketId);

        var all = harness.Emulator.Recorder.All.ToList();
        Assert.True(all.IndexOf(second) < all.IndexOf(closed));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2011);
    }

    [Fact]
    public async Task MalformedFrameThenLargeFragmentedEnvelope_SkipsTheFirstAndReadsTheSecondWhole()
    {
        await using var harness = await SlackHarness.StartAsync();
        await using var router = EchoRouter(harness);
        var opened = await harness.Emulator.Recorder.WaitAsync<ConnectionOpened>();
        var longText = string.Concat(Enumerable.Repeat("0123456789", 6_000));

        await harness.Emulator.Sockets.Socket(opened.SocketId).SendRawAsync("{ not json");
        await harness.Emulator.SendSlashCommandAsync("/digest", longText);

        Assert.Equal(longText, (await router.NextCommandAsync()).Invocation.Text);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2017);
    }
}

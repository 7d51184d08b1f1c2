using Bot.Chat;
using Bot.Discord.Gateway;
using Bot.Emulators.Discord;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord.Gateway;

public sealed class GatewayTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(45_000);

    [Fact]
    public async Task Gateway_Start_IdentifiesWithGuildsIntentOnlyAndKeepsTheSession()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.WaitForReadyAsync();

        var discovery = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.GatewayBot);
        Assert.Equal("Bot " + harness.Emulator.Options.Token, discovery.Authorization);
        Assert.StartsWith("DiscordBot (https://", discovery.UserAgent, StringComparison.Ordinal);

        var connection = (await harness.Emulator.Gateway.Connections.WaitForAsync(c => !c.Closed))[0];
        Assert.Equal("/", connection.Path); // GET /gateway/bot gave "ws://127.0.0.1:P": the client added the "/"
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);

        var identify = (await harness.WaitForClientOpAsync(2))[0].Data;
        Assert.Equal(1, identify.GetProperty("intents").GetInt32());
        Assert.Equal(harness.Emulator.Options.Token, identify.GetProperty("token").GetString());
        var properties = identify.GetProperty("properties");
        Assert.Equal("newsdigest", properties.GetProperty("browser").GetString());
        Assert.True(properties.TryGetProperty("os", out _) && properties.TryGetProperty("device", out _));

        Assert.Equal(2, await harness.SyncAsync()); // READY was s=1, GUILD_CREATE s=2
        Assert.Equal(ConnectionState.Connected, harness.Client.ConnectionState);
        Assert.Equal(harness.Emulator.Gateway.CurrentSession!.Id, harness.Client.Session.SessionId);
        Assert.Equal(harness.Emulator.ResumeGatewayUrl, harness.Client.Session.ResumeGatewayUrl);
        Assert.Equal(ulong.Parse(harness.Emulator.Options.ApplicationId, System.Globalization.CultureInfo.InvariantCulture), harness.Client.Session.ApplicationId);
    }

    [Fact]
    public async Task Heartbeat_FirstBeatJitteredThenEveryInterval_CarriesLastSequence()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        // Jitter 0.5 (test tuning): first beat after half the interval, then every interval.
        var timer = await harness.Time.Timers.FirstAsync(t => t.Period == Interval);
        Assert.Equal(TimeSpan.FromMilliseconds(22_500), timer.DueTime);

        harness.Time.Advance(TimeSpan.FromMilliseconds(22_500));
        var beats = await harness.WaitForClientOpAsync(1, 2);
        Assert.Equal(2, beats[^1].Data.GetInt64());
        await harness.Emulator.Frames.WaitForAsync(f => f.Direction == FrameDirection.ToClient && f.Op == 11, 2);
        await harness.SyncAsync(); // the client has now read that ACK

        harness.Time.Advance(Interval);
        await harness.WaitForClientOpAsync(1, 4);
        Assert.Single(harness.Emulator.Gateway.Connections.Where(c => !c.Closed)); // ACKed: no zombie, no reconnect
    }

    [Fact]
    public async Task Heartbeat_NoAckSincePreviousBeat_ClosesWith4000AndResumes()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.WaitForReadyAsync();
        harness.Emulator.Gateway.AcknowledgeHeartbeats = false; // before the sync, so no ACK is in flight
        await harness.SyncAsync();
        var sessionId = harness.Client.Session.SessionId;

        harness.Time.Advance(TimeSpan.FromMilliseconds(22_500));
        await harness.WaitForClientOpAsync(1, 2, connection: 1);
        harness.Time.Advance(Interval);

        var closed = await harness.Emulator.Gateway.Connections.FirstAsync(c => c.Closed && c.ConnectionId == 1);
        Assert.False(closed.ClosedByServer);
        Assert.Equal(4000, closed.CloseCode); // never 1000/1001: that would end the session

        var resume = (await harness.WaitForClientOpAsync(6, connection: 2))[0].Data;
        Assert.Equal(sessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
        Assert.Equal("/resume", (await harness.Emulator.Gateway.Connections.FirstAsync(c => c.ConnectionId == 2)).Path);
        await harness.Emulator.Frames.FirstAsync(f => f.ConnectionId == 2 && f.Type == "RESUMED");
        Assert.Empty(harness.Emulator.Frames.Where(f => f.ConnectionId == 2 && f.Direction == FrameDirection.FromClient && f.Op == 2));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1010);
    }

    [Fact]
    public async Task Gateway_ServerCloses4000_ResumesAndReceivesTheEventsItMissed()
    {
        var tuning = DiscordHarness.TestTuning with { Reconnect = new ReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.Zero) };
        await using var harness = await DiscordHarness.StartAsync(tuning: tuning);
        await using var router = new FakeRouter(harness.Platform, (_, _) => Task.CompletedTask);
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        await harness.Emulator.Gateway.CloseAsync(4000);
        await harness.Emulator.Gateway.Connections.FirstAsync(c => c.Closed && c.ConnectionId == 1);
        await harness.Time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(1)); // the client is backing off

        var missed = await harness.Emulator.SendCommandAsync("sections"); // s=3, while nobody is connected
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        var resume = (await harness.WaitForClientOpAsync(6, connection: 2))[0].Data;
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
        var received = (CommandReceived)await router.Events.FirstAsync(_ => true);
        Assert.Equal("sections", received.Invocation.Name);
        var replayed = await harness.Emulator.Frames.FirstAsync(f => f.ConnectionId == 2 && f.Type == "INTERACTION_CREATE");
        Assert.Equal(3, replayed.Sequence);
        Assert.Equal(missed.Id, replayed.Data.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Gateway_DroppedSocketWithoutCloseFrame_ResumesOnResumeUrl()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        harness.Emulator.Gateway.Drop();

        var resume = (await harness.WaitForClientOpAsync(6, connection: 2))[0].Data;
        Assert.Equal(harness.Emulator.Gateway.CurrentSession!.Id, resume.GetProperty("session_id").GetString());
        Assert.Equal("/resume", (await harness.Emulator.Gateway.Connections.FirstAsync(c => c.ConnectionId == 2)).Path);
        await harness.Emulator.Frames.FirstAsync(f => f.ConnectionId == 2 && f.Type == "RESUMED");
        Assert.Single(harness.Emulator.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op == 2));
    }

    [Fact]
    public async Task Gateway_Op7Reconnect_ClosesWith4000AndResumes()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        await harness.Emulator.Gateway.SendReconnectAsync();

        Assert.Equal(4000, (await harness.Emulator.Gateway.Connections.FirstAsync(c => c.Closed && c.ConnectionId == 1)).CloseCode);
        await harness.WaitForClientOpAsync(6, connection: 2);
        await harness.Emulator.Frames.FirstAsync(f => f.ConnectionId == 2 && f.Type == "RESUMED");
    }

    [Fact]
    public async Task Gateway_InvalidSessionFalse_DropsSessionAndIdentifiesOnGatewayUrl()
    {
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { MaxConcurrency = 16 });
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();
        var first = harness.Client.Session.SessionId;

        await harness.Emulator.Gateway.SendInvalidSessionAsync(resumable: false);

        await harness.WaitForClientOpAsync(2, connection: 2);
        Assert.Equal("/", (await harness.Emulator.Gateway.Connections.FirstAsync(c => c.ConnectionId == 2)).Path);
        Assert.Empty(harness.Emulator.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op == 6));
        await harness.WaitForReadyAsync(2);
        await harness.SyncAsync();
        Assert.NotEqual(first, harness.Client.Session.SessionId);
        Assert.Equal(harness.Emulator.Gateway.CurrentSession!.Id, harness.Client.Session.SessionId);
    }

    [Fact]
    public async Task Gateway_InvalidSessionTrue_Resumes()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        await harness.Emulator.Gateway.SendInvalidSessionAsync(resumable: true);

        await harness.WaitForClientOpAsync(6, connection: 2);
        await harness.Emulator.Frames.FirstAsync(f => f.ConnectionId == 2 && f.Type == "RESUMED");
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Gateway_CloseInvalidSeqOrTimedOut_IdentifiesAfresh(int code)
    {
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { MaxConcurrency = 16 });
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        await harness.Emulator.Gateway.CloseAsync(code);

        await harness.WaitForClientOpAsync(2, connection: 2);
        await harness.WaitForReadyAsync(2);
        Assert.Empty(harness.Emulator.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op == 6));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Gateway_FatalCloseCode_StopsWithOneLogLineAndNeverReconnects(int code)
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (_, _) => Task.CompletedTask);
        await harness.WaitForReadyAsync();

        await harness.Emulator.Gateway.CloseAsync(code);

        await router.Ended.Task.WaitAsync(TimeSpan.FromSeconds(15)); // ReadAsync ended: the platform stopped for good
        var fatal = harness.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Critical).ToArray();
        var line = Assert.Single(fatal);
        Assert.Equal(1007, line.Id.Id);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Message, StringComparison.Ordinal);
        Assert.Single(harness.Emulator.Gateway.Connections.Where(c => !c.Closed));
        Assert.Single(harness.Emulator.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op is 2 or 6));
        Assert.StartsWith(code.ToString(System.Globalization.CultureInfo.InvariantCulture), harness.Client.FatalError, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Disconnected, harness.Client.ConnectionState);
    }

    [Fact]
    public async Task Gateway_RefusedToken_StopsAfterOneUnauthorizedRequest()
    {
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { Token = "right-token" }, new Dictionary<string, string?> { ["Discord:Token"] = "wrong-token" });
        await using var router = new FakeRouter(harness.Platform, (_, _) => Task.CompletedTask);

        await router.Ended.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Contains("401", harness.Client.FatalError, StringComparison.Ordinal); // REST refused it first
        Assert.Empty(harness.Emulator.Gateway.Connections.Snapshot());
        Assert.Single(harness.Emulator.Requests.Where(r => r.Status == 401)); // stopped after the first 401
    }

    [Fact]
    public async Task Gateway_ResumeFailsThreeTimes_DropsSessionAndIdentifies()
    {
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { MaxConcurrency = 16 });
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        harness.Emulator.Gateway.DropResumes = 3;
        harness.Emulator.Gateway.Drop();

        var identify = await harness.WaitForClientOpAsync(2, 2);
        var resumes = harness.Emulator.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op == 6);
        Assert.Equal(3, resumes.Count);
        Assert.True(resumes.All(r => r.ConnectionId < identify[^1].ConnectionId));
        Assert.Equal("/", (await harness.Emulator.Gateway.Connections.FirstAsync(c => c.ConnectionId == identify[^1].ConnectionId)).Path);
        await harness.WaitForReadyAsync(2);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1011);
    }

    [Fact]
    public async Task Gateway_RouterNeverReads_HeartbeatsAndAcksCarryOn()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        // Nobody consumes ReadAsync: interactions pile up in the adapter, the socket must not care.
        for (var i = 0; i < 5; i++)
        {
            await harness.Emulator.SendCommandAsync("status");
        }

        Assert.Equal(7, await harness.SyncAsync());
        harness.Time.Advance(TimeSpan.FromMilliseconds(22_500));
        await harness.WaitForClientOpAsync(1, 3);
        await harness.Emulator.Frames.WaitForAsync(f => f.Direction == FrameDirection.ToClient && f.Op == 11, 3);
        await harness.SyncAsync(); // the client has now read that ACK
        harness.Time.Advance(Interval);
        await harness.WaitForClientOpAsync(1, 5);
        Assert.Empty(harness.Emulator.Gateway.Connections.Where(c => c.Closed));
    }

    [Fact]
    public async Task Gateway_SameInteractionDeliveredTwice_RouterSeesItOnce()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await using var router = new FakeRouter(harness.Platform, (_, _) => Task.CompletedTask);
        await harness.WaitForReadyAsync();

        var first = await harness.Emulator.SendCommandAsync("help");
        await harness.Emulator.RedeliverAsync(first);
        await harness.Emulator.SendCommandAsync("sources");

        await router.Events.FirstAsync(e => e is CommandReceived { Invocation.Name: "sources" });
        Assert.Equal(["help", "sources"], router.Events.Snapshot().Cast<CommandReceived>().Select(c => c.Invocation.Name));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1210);
    }

    [Fact]
    public async Task Identify_MaxConcurrencyOne_WaitsFiveSecondsBeforeTheNextIdentify()
    {
        var clock = new SignallingTimeProvider(); // shared, so the emulator's 5 s window moves with the client's
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { MaxConcurrency = 1, Time = clock }, clock: clock);
        await harness.WaitForReadyAsync();
        await harness.SyncAsync();

        await harness.Emulator.Gateway.SendInvalidSessionAsync(resumable: false);

        var wait = await harness.Time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(5), wait.DueTime);
        Assert.Single(harness.Emulator.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op == 2));
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await harness.WaitForClientOpAsync(2, 2);
        await harness.WaitForReadyAsync(2);
    }
}

using Bot.Chat;
using Bot.Discord;
using Bot.Discord.Gateway;
using Bot.Emulators.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Discord;

/// <summary>
/// The Discord adapter in a real host (AddDiscord only) against a <see cref="DiscordEmulator"/>, with a fake
/// clock for the adapter's timers (heartbeats, back-off, safety nets), immediate reconnects, and every log line
/// collected.
/// </summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    private DiscordHarness(DiscordEmulator emulator, IHost host, SignallingTimeProvider time, LogRecording log)
    {
        Emulator = emulator;
        Host = host;
        Time = time;
        Log = log;
    }

    /// <summary>The same log lines as <see cref="Logs"/>, as a recording tests can wait on.</summary>
    public LogRecording Log { get; }

    public DiscordEmulator Emulator { get; }

    public IHost Host { get; }

    public SignallingTimeProvider Time { get; }

    public IChatPlatform Platform => Host.Services.GetRequiredService<IChatPlatform>();

    public DiscordSocketClient Client => Host.Services.GetRequiredService<DiscordSocketClient>();

    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    public static DiscordTuning TestTuning { get; } = new()
    {
        HeartbeatJitter = () => 0.5,
        Reconnect = ReconnectPolicy.Immediate,
        ServerErrorBaseDelay = TimeSpan.FromSeconds(1),
        RequestTimeout = TimeSpan.FromDays(7), // the fake clock jumps; a REST call must not time out because of it
    };

    public static async Task<DiscordHarness> StartAsync(
        DiscordEmulatorOptions? emulatorOptions = null,
        IDictionary<string, string?>? settings = null,
        DiscordTuning? tuning = null,
        Action<IServiceCollection>? services = null,
        SignallingTimeProvider? clock = null)
    {
        var emulator = await DiscordEmulator.StartAsync(emulatorOptions);
        var time = clock ?? new SignallingTimeProvider();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Settings(emulator, settings));
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddFakeLogging();
        var log = new LogRecording();
        builder.Logging.AddProvider(log);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(tuning ?? TestTuning);
        services?.Invoke(builder.Services);
        builder.Services.AddDiscord(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new DiscordHarness(emulator, host, time, log);
    }

    public static Dictionary<string, string?> Settings(DiscordEmulator emulator, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = emulator.Options.Token,
            ["Discord:ApplicationId"] = emulator.Options.ApplicationId,
            ["Discord:ApiBaseUrl"] = emulator.ApiBaseUrl,
            ["Discord:GuildId"] = emulator.Options.GuildId,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Waits until READY went out <paramref name="count"/> times.</summary>
    public Task WaitForReadyAsync(int count = 1) =>
        Emulator.Frames.WaitForAsync(f => f.Direction == FrameDirection.ToClient && f.Type == "READY", count, what: "READY");

    /// <summary>Frames the client sent with opcode <paramref name="op"/>.</summary>
    public Task<IReadOnlyList<RecordedFrame>> WaitForClientOpAsync(int op, int count = 1, int? connection = null) =>
        Emulator.Frames.WaitForAsync(f => f.Direction == FrameDirection.FromClient && f.Op == op && (connection is null || f.ConnectionId == connection), count, what: $"client op {op}");

    /// <summary>Asks the client for a heartbeat (op 1) and returns the sequence it sends back. Frames are handled
    /// in order, so once this returns the client has processed everything the server sent before.</summary>
    public async Task<long?> SyncAsync()
    {
        var before = Emulator.Frames.Count(f => f.Direction == FrameDirection.FromClient && f.Op == 1);
        await Emulator.Gateway.RequestHeartbeatAsync();
        var beats = await WaitForClientOpAsync(1, before + 1);
        var data = beats[^1].Data;
        return data.ValueKind == System.Text.Json.JsonValueKind.Number ? data.GetInt64() : null;
    }

    /// <summary>All log messages (with their exception texts).</summary>
    public string AllLogText() =>
        string.Join('\n', Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Emulator.DisposeAsync();
    }
}

using Bot.Chat;
using Bot.Emulators.Slack;
using Bot.Slack;
using Bot.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Slack.Fakes;

/// <summary>
/// The Slack emulator plus the bot's Slack services wired by <c>AddSlack</c> exactly as the host does, on one shared
/// <see cref="ObservedClock"/>, with every log line collected (for secret checks and log assertions).
/// </summary>
public sealed class SlackHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private SlackHarness(SlackEmulator emulator, ServiceProvider services, ObservedClock clock)
    {
        Emulator = emulator;
        this.services = services;
        Clock = clock;
    }

    public SlackEmulator Emulator { get; }

    public ObservedClock Clock { get; }

    public IChatPlatform Platform => services.GetServices<IChatPlatform>().Single(p => p.Name == "slack");

    public FakeLogCollector Logs => services.GetFakeLogCollector();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static async Task<SlackHarness> StartAsync(
        SlackEmulatorOptions? emulatorOptions = null,
        IDictionary<string, string?>? settings = null,
        SocketModeConnectionOptions? socketOptions = null,
        DateTimeOffset? start = null)
    {
        var clock = new ObservedClock(start);
        var emulator = await SlackEmulator.StartAsync(emulatorOptions, clock);
        var config = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackEmulator.BotToken,
            ["Slack:AppToken"] = SlackEmulator.AppToken,
            ["Slack:ApiBaseUrl"] = emulator.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        if (socketOptions is not null)
        {
            collection.AddSingleton(socketOptions);
        }

        collection.AddSlack(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        return new SlackHarness(emulator, collection.BuildServiceProvider(), clock);
    }

    /// <summary>The first log record with <paramref name="eventId"/>, already written or still to come.</summary>
    public async Task<FakeLogRecord> WaitForLogAsync(int eventId, Func<FakeLogRecord, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await foreach (var record in Logs.GetLogsAsync(timeout.Token))
        {
            if (record.Id.Id == eventId && (match?.Invoke(record) ?? true))
            {
                return record;
            }
        }

        throw new TimeoutException($"log event {eventId} not written");
    }

    /// <summary>Waits until the bot has received the hello of socket <paramref name="socketId"/> (log 2002).</summary>
    public Task ConnectedAsync(int socketId) =>
        WaitForLogAsync(2002, r => r.GetStructuredStateValue("SocketId") == socketId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every collected log line and exception, for "no secret leaks" assertions.</summary>
    public string AllLogText() => string.Join('\n', Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}

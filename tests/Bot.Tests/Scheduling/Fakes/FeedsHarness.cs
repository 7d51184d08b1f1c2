using Bot.Chat;
using Bot.Chat.Commands;
using Bot.Chat.Messages;
using Bot.Chat.Routing;
using Bot.Emulators.Feeds;
using Bot.Ingestion;
using Bot.Scheduling;
using Bot.Storage;
using Bot.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Scheduling.Fakes;

/// <summary>
/// The real wiring (AddChat, AddStorage, AddIngestion with private addresses allowed, AddScheduling) over a temp SQLite file, the loopback <see cref="FeedServer"/>,
/// a recording platform "fake" and a fake clock. <see cref="RestartAsync"/> builds a new bot over the same database,
/// server and clock, as after a process restart.
/// </summary>
public sealed class FeedsHarness : IAsyncDisposable
{
    public static readonly Conversation Channel = new("fake", "C1");
    public static readonly Conversation Other = new("fake", "C2");

    private readonly ServiceProvider services;
    private bool ownsShared;

    private FeedsHarness(TempDatabase db, FeedServer server, FakeTimeProvider time, IDictionary<string, string?> settings, bool ownsShared)
    {
        Db = db;
        Server = server;
        Time = time;
        Settings = settings;
        this.ownsShared = ownsShared;
        Platform = new PostRecorder(time);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton(db.Database);
        collection.AddSingleton<IChatPlatform>(Platform);
        collection.AddChat(configuration).AddStorage(configuration).AddIngestion(configuration).AddScheduling(configuration);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public TempDatabase Db { get; }

    public FeedServer Server { get; }

    public FakeTimeProvider Time { get; }

    public IDictionary<string, string?> Settings { get; }

    public PostRecorder Platform { get; }

    public FakeLoggerProvider Logs { get; } = new();

    public DigestScheduler Scheduler => Get<DigestScheduler>();

    public static async Task<FeedsHarness> StartAsync(DateTimeOffset start, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Feeds:HostSpacingMilliseconds"] = "0",
            ["Feeds:PerHostConcurrency"] = "2",
            ["Feeds:DefaultSchedule"] = "daily 08:00 UTC",
            ["Ingestion:AllowPrivateAddresses"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var db = new TempDatabase();
        await db.Database.EnsureReadyAsync(CancellationToken.None);
        return new FeedsHarness(db, await FeedServer.StartAsync(), new FakeTimeProvider(start), all, ownsShared: true);
    }

    /// <summary>A new bot (new services, new platform) over the same database file, feed server and clock; the new
    /// harness owns them from now on (dispose both).</summary>
    public async Task<FeedsHarness> RestartAsync()
    {
        await services.DisposeAsync();
        Db.Reopen();
        ownsShared = false;
        return new FeedsHarness(Db, Server, Time, Settings, ownsShared: true);
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<DateTimeOffset> TickAsync() => Scheduler.TickAsync(CancellationToken.None);

    /// <summary>Sends a command line as user "u1" and returns the reply as plain text.</summary>
    public async Task<string> SendAsync(Conversation conversation, string line)
    {
        var reply = new TestReply();
        await Get<CommandRouter>().HandleAsync(new CommandReceived(conversation, "u1", CommandLine.Parse(line)!, reply), CancellationToken.None);
        return PlainTextRenderer.Render(await reply.Replied);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (ownsShared)
        {
            await Server.DisposeAsync();
            Db.Dispose();
        }
    }
}

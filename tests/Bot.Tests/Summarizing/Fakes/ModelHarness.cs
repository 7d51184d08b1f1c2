using Bot.Chat;
using Bot.Digest.Summarize.Guard;
using Bot.Emulators.OpenAi;
using Bot.Storage;
using Bot.Summarizing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Summarizing.Fakes;

/// <summary>
/// The summarizer as Program.cs wires it (AddDigest, AddChat, AddStorage on a temp SQLite file) with the provider set
/// to openai against a loopback <see cref="OpenAiServer"/>, logs captured by a FakeLogger at Trace level.
/// </summary>
internal sealed class ModelHarness : IAsyncDisposable
{
    public const string Model = "test-model";
    public const string ApiKey = "sk-test-4f9c2e7d1b8a6053";

    private readonly List<IHost> hosts = [];

    private ModelHarness(OpenAiServer server, string folder, Dictionary<string, string?> settings, TimeProvider? time, IFigureRecognizer? recognizer)
    {
        Server = server;
        Folder = folder;
        Settings = settings;
        Time = time;
        Recognizer = recognizer;
    }

    public OpenAiServer Server { get; }

    public string Folder { get; }

    public Dictionary<string, string?> Settings { get; }

    public TimeProvider? Time { get; }

    public IFigureRecognizer? Recognizer { get; }

    public FakeLoggerProvider Logs { get; } = new();

    public static async Task<ModelHarness> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        TimeProvider? time = null,
        IFigureRecognizer? recognizer = null,
        string? requiredApiKey = ApiKey)
    {
        var server = await OpenAiServer.StartAsync(requiredApiKey);
        var folder = Directory.CreateTempSubdirectory("bot-model-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Provider"] = "openai",
            ["Summarizer:Endpoint"] = server.Endpoint.ToString(),
            ["Summarizer:Model"] = Model,
            ["Summarizer:ApiKey"] = ApiKey,
            ["Storage:Path"] = "data/bot.db",
        };
        configure?.Invoke(settings);
        return new ModelHarness(server, folder, settings, time, recognizer ?? SeedRecognizer.Instance);
    }

    /// <summary>A new host over the same database (a second one is "after a restart").</summary>
    public IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Folder,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        if (Time is not null)
        {
            builder.Services.AddSingleton(Time);
        }

        if (Recognizer is not null)
        {
            builder.Services.AddSingleton(Recognizer);
        }

        builder.Services
            .AddDigest(builder.Configuration)
            .AddChat(builder.Configuration)
            .AddStorage(builder.Configuration);
        var host = builder.Build();
        hosts.Add(host);
        return host;
    }

    public ISummarizer Summarizer(IHost? host = null) => (host ?? hosts.LastOrDefault() ?? Build()).Services.GetRequiredService<ISummarizer>();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            host.Dispose();
        }

        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another handle; the temp folder is cleaned by the OS later.
        }
    }

    /// <summary>The digest the extractive engine alone gives for the article.</summary>
    public static Bot.Digest.NewsDigest Extractive(Bot.Digest.Ingest.Article article) => new Bot.Digest.Digester().Digest(article);

    internal static SummaryCacheStore Store(IHost host) => host.Services.GetRequiredService<SummaryCacheStore>();

    internal static SqliteDatabase Database(IHost host) => host.Services.GetRequiredService<SqliteDatabase>();
}

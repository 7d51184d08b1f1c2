using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Bot.Chat;
using Bot.Emulators.Feeds;
using Bot.Ingestion;
using Bot.Scheduling;
using Bot.Scheduling.Feeds;
using Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks;

/// <summary>
/// 1,000 feeds × 20 items served by the loopback <see cref="FeedServer"/> (RSS, Atom and JSON Feed in turn, full-text
/// items of ~200 words), polled once into a fresh SQLite file with the production wiring: the guarded fetcher of
/// AddIngestion (private addresses allowed for the loopback server), politeness (2 per host, and every feed is on
/// 127.0.0.1), parse, item → article, dedupe (item key, canonical URL, content hash), store.
/// Each feed shares two stories with its neighbour (one by URL, one by identical text) so dedupe does real work.
/// <see cref="RepollUnchanged"/> is the steady state: every feed answers 304 to its conditional GET.
/// One poll of all feeds per iteration (a cold database each time), so the mean is the time for the whole batch.
/// </summary>
[Config(typeof(Config))]
public class FeedPollingBenchmarks
{
    private const int ItemsPerFeed = 20;

    private FeedServer server = null!;
    private List<string> urls = [];
    private string folder = null!;
    private ServiceProvider services = null!;
    private FeedPoller poller = null!;

    [Params(1000)]
    public int Feeds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        server = FeedServer.StartAsync().GetAwaiter().GetResult();
        var formats = new[] { FeedFormat.Rss, FeedFormat.Atom, FeedFormat.JsonFeed };
        var updated = new DateTimeOffset(2026, 3, 28, 6, 0, 0, TimeSpan.Zero);
        urls = Enumerable.Range(0, Feeds)
            .Select(f => server.SetFeed($"/feeds/{f}.xml", new FeedFixture(formats[f % 3], $"Feed {f}", Items(f), updated)).AbsoluteUri)
            .ToList();
    }

    [IterationSetup(Target = nameof(PollAndDedupe))]
    public void FreshDatabase() => Build(prime: false);

    [IterationSetup(Target = nameof(RepollUnchanged))]
    public void PrimedDatabase() => Build(prime: true);

    [IterationCleanup]
    public void DropDatabase()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [GlobalCleanup]
    public void Cleanup() => server.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Returns how many new stories were stored (1,000 × 20 minus the duplicates: 18,000).</summary>
    [Benchmark]
    public async Task<int> PollAndDedupe()
    {
        var results = await poller.PollDueAsync(urls, CancellationToken.None);
        var added = results.Sum(r => r.Items?.New ?? 0);
        return added == Feeds * (ItemsPerFeed - 2) ? added : throw new InvalidOperationException($"expected {Feeds * (ItemsPerFeed - 2)} new stories, got {added}");
    }

    [Benchmark]
    public async Task<int> RepollUnchanged()
    {
        var results = await Task.WhenAll(urls.Select(u => poller.PollAsync(u, CancellationToken.None)));
        return results.All(r => r.Status == FeedPollStatus.NotModified) ? results.Length : throw new InvalidOperationException("expected 304 for every feed");
    }

    private void Build(bool prime)
    {
        folder = Directory.CreateTempSubdirectory("bot-bench-feeds-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Feeds:PerHostConcurrency"] = "2",
            ["Feeds:MaxConcurrentFetches"] = "8",
            ["Feeds:HostSpacingMilliseconds"] = "0",
            ["Ingestion:AllowPrivateAddresses"] = "true",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton(new SqliteDatabase(Path.Combine(folder, "bot.db"), NullLogger<SqliteDatabase>.Instance));
        collection.AddChat(configuration).AddStorage(configuration).AddIngestion(configuration).AddScheduling(configuration);
        services = collection.BuildServiceProvider();
        services.GetRequiredService<SqliteDatabase>().EnsureReadyAsync(CancellationToken.None).GetAwaiter().GetResult();
        poller = services.GetRequiredService<FeedPoller>();
        if (prime)
        {
            poller.PollDueAsync(urls, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    /// <summary>Items of feed <paramref name="f"/>: its own 18, plus story 0 of the next feed by URL and story 1 of the
    /// next feed by identical text (at another URL).</summary>
    private List<FixtureItem> Items(int f)
    {
        var next = (f + 1) % Feeds;
        var items = Enumerable.Range(0, ItemsPerFeed - 2).Select(i => Item(f, i, $"https://site{f}.example/story/{i}")).ToList();
        items.Add(Item(next, 0, $"https://site{next}.example/story/0?utm_source=feed{f}") with { Id = $"f{f}-copy-0" });
        items.Add(Item(next, 1, $"https://mirror{f}.example/copy/1") with { Id = $"f{f}-copy-1" });
        return items;
    }

    private static FixtureItem Item(int feed, int story, string link)
    {
        var title = $"Story {story} of site {feed}";
        return new FixtureItem($"f{feed}-{story}", title, link, Summary: title, ContentHtml: FixtureText.Html($"{title} begins here.", 200, (feed * 1000) + story),
            Published: new DateTimeOffset(2026, 3, 28, 5, 0, 0, TimeSpan.Zero).AddMinutes(-story));
    }

    /// <summary>One cold batch per iteration (Monitoring: no pilot, no unrolling); in-process, since the work is I/O and
    /// SQLite and a per-job rebuild times out on the shared machine.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
                .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Emulators.Slack;
using Bot.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>
/// Slack envelope latency through the loopback emulator's real Socket Mode: from the emulator sending a slash_commands
/// envelope to (a) its ack, (b) an ack that carries the reply (quick answers), (c) the reply POSTed to response_url
/// (deferred answers). One envelope per iteration, so BenchmarkDotNet's percentiles are per-envelope percentiles.
/// </summary>
[Config(typeof(Config))]
public class SlackEnvelopeLatencyBenchmarks
{
    private SlackEmulator emulator = null!;
    private ServiceProvider services = null!;
    private CancellationTokenSource stop = null!;
    private Task router = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Forget() => emulator.Recorder.Clear();

    [GlobalCleanup]
    public void Cleanup()
    {
        stop.Cancel();
        router.ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        services.Dispose();
        emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Envelope → empty ack (the router deferred at once).</summary>
    [Benchmark(Baseline = true)]
    public Task<RecordedAck> EnvelopeToAck() => AckOf("/defer");

    /// <summary>Envelope → ack carrying the reply payload (a quick answer).</summary>
    [Benchmark]
    public Task<RecordedAck> EnvelopeToAckWithReply() => AckOf("/quick");

    /// <summary>Envelope → reply POSTed to response_url (deferred, then answered).</summary>
    [Benchmark]
    public async Task<ResponseUrlPost> EnvelopeToResponseUrlReply()
    {
        var id = await emulator.SendSlashCommandAsync("/slow", "");
        return await emulator.Recorder.WaitAsync<ResponseUrlPost>(p => p.EnvelopeId == id);
    }

    private async Task<RecordedAck> AckOf(string command)
    {
        var id = await emulator.SendSlashCommandAsync(command, "");
        return await emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == id);
    }

    private async Task SetupAsync()
    {
        emulator = await SlackEmulator.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackEmulator.BotToken,
            ["Slack:AppToken"] = SlackEmulator.AppToken,
            ["Slack:ApiBaseUrl"] = emulator.ApiBaseUrl,
        }).Build();
        services = new ServiceCollection().AddLogging().AddSlack(configuration).BuildServiceProvider();
        var platform = services.GetServices<IChatPlatform>().Single(p => p.Name == "slack");
        stop = new CancellationTokenSource();
        router = Task.Run(() => RouteAsync(platform, stop.Token));
        await emulator.Recorder.WaitAsync<ConnectionOpened>();
        await AckOf("/quick"); // the first envelope also proves the socket has said hello
    }

    private static async Task RouteAsync(IChatPlatform platform, CancellationToken cancellationToken)
    {
        var reply = new ChatMessage("Key figures", null, [new ListBlock([[new TextRun("$5.6M", Bold: true), new TextRun(" training cost")]])]);
        await foreach (var chatEvent in platform.ReadAsync(cancellationToken))
        {
            if (chatEvent is not CommandReceived command)
            {
                continue;
            }

            _ = command.Invocation.Name switch
            {
                "quick" => command.Reply.ReplyAsync(reply, CancellationToken.None),
                "defer" => command.Reply.DeferAsync(false, CancellationToken.None),
                _ => DeferThenReplyAsync(command.Reply, reply),
            };
        }
    }

    private static async Task DeferThenReplyAsync(IReplyChannel channel, ChatMessage reply)
    {
        await channel.DeferAsync(false, CancellationToken.None);
        await channel.ReplyAsync(reply, CancellationToken.None);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(20).WithIterationCount(300).WithInvocationCount(1).WithUnrollFactor(1)
                .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove) // p99 must keep the slow ones
                .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)); // I/O-bound: no per-job rebuild
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99));
        }
    }

    /// <summary>BenchmarkDotNet ships P0–P100 in steps up to P95; the brief asks for p99.</summary>
    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"P{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"{percentile}th percentile of the per-envelope latency";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null
                ? "NA"
                : (statistics.Percentiles.Percentile(percentile) / 1_000_000).ToString("N3", System.Globalization.CultureInfo.InvariantCulture) + " ms";
        }
    }
}

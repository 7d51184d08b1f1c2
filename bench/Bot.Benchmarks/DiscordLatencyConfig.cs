using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Bot.Benchmarks;

/// <summary>
/// One interaction per measurement (invocation count 1, no unrolling), so the statistics are the distribution of
/// single round trips and p50/p95/p99 are per-interaction latencies, not averages of batches.
/// </summary>
public sealed class DiscordLatencyConfig : ManualConfig
{
    public DiscordLatencyConfig()
    {
        // Outliers are the tail we want to see: keep them all. In-process: the bot and the emulator live in the
        // benchmark process anyway, and it spares a boilerplate build that times out on a busy 2-core machine.
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(100).WithIterationCount(400).WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new DiscordPercentileColumn(99), StatisticColumn.Max);
        AddColumnProvider(DefaultColumnProviders.Instance);
        HideColumns("Median", "Error", "RatioSD", "Alloc Ratio");
    }
}

/// <summary>BenchmarkDotNet has P0–P100 columns but no P99.</summary>
public sealed class DiscordPercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(DiscordPercentileColumn)}.P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Percentile {percentile} of single-interaction latencies";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(style);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        // Always milliseconds, like the other latency columns of this benchmark.
        var milliseconds = TimeInterval.FromNanoseconds(statistics.Percentiles.Percentile(percentile)).ToMilliseconds();
        return milliseconds.ToString("N3", style.CultureInfo) + " ms";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

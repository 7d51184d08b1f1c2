using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

// Benchmarks live beside each other in this one project; pick them with --filter (docs/benchmarks.md).
internal static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}

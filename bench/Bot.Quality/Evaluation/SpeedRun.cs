using System.Diagnostics;
using Bot.Digest;
using Bot.Quality.Data;
using Bot.Quality.Systems;

namespace Bot.Quality.Evaluation;

/// <summary>
/// Articles per second, measured in the same run for our digest and for `ots`, on the same texts:
/// in-process (our <see cref="Digester"/>; libots through <see cref="OtsLibrary"/>), one warm-up pass first; and
/// whole-process (one process per article: this harness's `--digest-file` mode, which reads the file with the real
/// ArticleReader, and the `ots` command). One thread; wall-clock time.
/// </summary>
public static class SpeedRun
{
    public static double DigestInProcess(IReadOnlyList<EvalArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var prepared = articles.Select(a => a.ToArticle()).ToList();
        var digester = new Digester();
        var sink = 0;
        foreach (var a in prepared.Take(200))
        {
            sink += digester.Digest(a).Bullets.Count;
        }

        var watch = Stopwatch.StartNew();
        foreach (var a in prepared)
        {
            sink += digester.Digest(a).Bullets.Count;
        }

        watch.Stop();
        GC.KeepAlive(sink);
        return prepared.Count / watch.Elapsed.TotalSeconds;
    }

    public static double OtsInProcess(IReadOnlyList<EvalArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var prepared = articles.Select(a => (Text: a.ToPlainText(), Percent: OtsLibrary.PercentFor(a, Scorer.BudgetFor(a)))).ToList();
        var sink = 0;
        foreach (var (text, percent) in prepared.Take(200))
        {
            sink += OtsLibrary.Summarize(text, percent).Length;
        }

        var watch = Stopwatch.StartNew();
        foreach (var (text, percent) in prepared)
        {
            sink += OtsLibrary.Summarize(text, percent).Length;
        }

        watch.Stop();
        GC.KeepAlive(sink);
        return prepared.Count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Whole-process rates (ours, ots or null when absent) over <paramref name="sample"/> articles written to temp files.</summary>
    public static (double Ours, double? Ots) WholeProcess(IReadOnlyList<EvalArticle> sample, bool withOts)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var folder = Directory.CreateTempSubdirectory("quality-speed-").FullName;
        try
        {
            var files = new List<(string Path, int Percent)>();
            for (var i = 0; i < sample.Count; i++)
            {
                var path = Path.Combine(folder, $"{i}.txt");
                File.WriteAllText(path, sample[i].ToPlainText());
                files.Add((path, OtsLibrary.PercentFor(sample[i], Scorer.BudgetFor(sample[i]))));
            }

            var self = SelfCommand();
            RunProcess(self.File, [.. self.Prefix, "--digest-file", files[0].Path]);
            var watch = Stopwatch.StartNew();
            foreach (var (path, _) in files)
            {
                RunProcess(self.File, [.. self.Prefix, "--digest-file", path]);
            }

            var ours = files.Count / watch.Elapsed.TotalSeconds;
            if (!withOts)
            {
                return (ours, null);
            }

            OtsCommand.RunOnce(files[0].Path, files[0].Percent);
            watch.Restart();
            foreach (var (path, percent) in files)
            {
                OtsCommand.RunOnce(path, percent);
            }

            return (ours, files.Count / watch.Elapsed.TotalSeconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>How to start this harness again: its apphost, or `dotnet exec Bot.Quality.dll` when run through dotnet.</summary>
    private static (string File, string[] Prefix) SelfCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var dll = typeof(SpeedRun).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? (process, ["exec", dll])
            : (process, []);
    }

    private static void RunProcess(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var err = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited with {p.ExitCode}: {err.Result}");
        }
    }
}

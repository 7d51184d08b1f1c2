using Bot.Quality.Data;
using Bot.Quality.Systems;

namespace Bot.Quality.Evaluation;

/// <summary>What to run: which articles, which systems, how many processes to spawn for the whole-process speed.</summary>
public sealed record QualityRunOptions(string Dataset, int? Limit = null, bool Ots = true, int SpawnSample = 100);

/// <summary>
/// One harness run: LEAD-3, our digest and `ots` (when installed) on the same articles at the same word budget, both
/// halves, per category, speed in-process and whole-process, and the figures stream's checks (verbatim share, spec
/// pass rates).
/// </summary>
public static class QualityRun
{
    public static QualityReport Run(QualityRunOptions options, IReadOnlyList<EvalArticle> articles, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(progress);
        var notes = new List<string>();
        var systems = new List<ISummarySystem> { new DigestSystem(), new Lead3() };
        using var ots = options.Ots && OtsCommand.Available() ? new OtsCommand() : null;
        if (ots is not null)
        {
            systems.Add(ots);
        }
        else
        {
            notes.Add(options.Ots
                ? "`ots` is not installed, so it was skipped (install it with `apt-get install -y ots`)."
                : "`ots` was left out (--no-ots).");
        }

        var scorer = new Scorer();
        var results = new List<ArticleResult>();
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var system in systems)
            {
                results.Add(scorer.Score(articles[i], system));
            }

            if ((i + 1) % 250 == 0)
            {
                progress.WriteLine($"scored {i + 1}/{articles.Count}");
            }
        }

        progress.WriteLine("timing in-process ...");
        var inProcess = new Dictionary<string, double>(StringComparer.Ordinal) { [systems[0].Name] = SpeedRun.DigestInProcess(articles) };
        if (ots is not null && OtsLibrary.Available())
        {
            inProcess[ots.Name] = SpeedRun.OtsInProcess(articles);
        }
        else if (ots is not null)
        {
            notes.Add("libots-1.so.0 could not be loaded, so ots has no in-process rate.");
        }

        var sample = articles.Take(Math.Min(options.SpawnSample, articles.Count)).ToList();
        var wholeProcess = new Dictionary<string, double>(StringComparer.Ordinal);
        if (sample.Count > 0)
        {
            progress.WriteLine($"timing whole-process over {sample.Count} articles ...");
            var (ours, otsRate) = SpeedRun.WholeProcess(sample, ots is not null);
            wholeProcess[systems[0].Name] = ours;
            if (otsRate is { } r && ots is not null)
            {
                wholeProcess[ots.Name] = r;
            }
        }

        progress.WriteLine("checking figures ...");
        var verbatim = FigureChecks.Verbatim(options.Dataset, options.Limit);
        var specTable = FigureChecks.SpecTable();
        return new QualityReport(options.Dataset, results, [.. systems.Select(s => s.Name)], inProcess, wholeProcess, sample.Count, verbatim, specTable, notes);
    }
}

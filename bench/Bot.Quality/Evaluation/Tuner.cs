using System.Globalization;
using Bot.Digest;
using Bot.Digest.Summarize;
using Bot.Quality.Data;
using Bot.Quality.Systems;

namespace Bot.Quality.Evaluation;

/// <summary>
/// Coordinate search over the ranking weights on the TUNING half only: each knob in turn takes the value from its
/// grid that maximises mean(ROUGE-1 F1, ROUGE-2 F1) of our digest at the LEAD-3 budget, until a full pass changes
/// nothing. Prints every improvement and, at the end, the chosen weights and the held-out score for the record.
/// The grids keep the product's rules in force: some position prior, redundancy control on, bullets capped at 25–30
/// words (the unconstrained optimum on this set drops all three; docs/quality.md says what that would buy).
/// </summary>
internal static class Tuner
{
    private sealed record Knob(string Name, double[] Grid, Func<SummaryWeights, double, SummaryWeights> Set, Func<SummaryWeights, double> Get);

    private static readonly Knob[] Knobs =
    [
        new("PositionWeight", [0.25, 0.5, 1, 1.5, 2, 3], (w, v) => w with { PositionWeight = v }, w => w.PositionWeight),
        new("PositionDecay", [1, 2, 3, 5, 10, 20], (w, v) => w with { PositionDecay = v }, w => w.PositionDecay),
        new("TldrWindow", [0, 1, 2, 3], (w, v) => w with { TldrWindow = (int)v }, w => w.TldrWindow),
        new("CentralityMeanScaling", [0, 1], (w, v) => w with { CentralityMeanScaling = v > 0 }, w => w.CentralityMeanScaling ? 1 : 0),
        new("CentralityWeight", [0, 0.25, 0.5, 1, 1.5, 2, 3, 5, 10, 20, 40, 80, 160], (w, v) => w with { CentralityWeight = v }, w => w.CentralityWeight),
        new("LambdaBefore", [-1, -0.5, -0.25, 0, 0.5, 1], (w, v) => w with { LambdaBefore = v }, w => w.LambdaBefore),
        new("EdgeThreshold", [0, 0.1, 0.2, 0.3, 0.4, 0.6], (w, v) => w with { EdgeThreshold = v }, w => w.EdgeThreshold),
        new("TitleWeight", [0, 0.5, 1, 1.5, 2, 3], (w, v) => w with { TitleWeight = v }, w => w.TitleWeight),
        new("FigureWeight", [0, 0.15, 0.3, 0.5, 0.8], (w, v) => w with { FigureWeight = v }, w => w.FigureWeight),
        new("FigureCoverageWeight", [0, 0.25, 0.5, 1], (w, v) => w with { FigureCoverageWeight = v }, w => w.FigureCoverageWeight),
        new("CoverageTopFigures", [1, 2, 3, 5], (w, v) => w with { CoverageTopFigures = (int)v }, w => w.CoverageTopFigures),
        new("LengthWeight", [0, 0.15, 0.3, 0.5, 0.8], (w, v) => w with { LengthWeight = v }, w => w.LengthWeight),
        new("ParagraphStartWeight", [0, 0.1, 0.2, 0.4], (w, v) => w with { ParagraphStartWeight = v }, w => w.ParagraphStartWeight),
        new("QuotePenalty", [0, 0.2, 0.4, 0.8], (w, v) => w with { QuotePenalty = v }, w => w.QuotePenalty),
        new("BulletMaxWords", [25, 28, 30], (w, v) => w with { BulletMaxWords = (int)v }, w => w.BulletMaxWords),
    ];

    /// <summary>
    /// Searches from <paramref name="start"/> (or the defaults); with <paramref name="evaluateOnly"/>, just prints the
    /// objective of the start weights on both halves.
    /// </summary>
    public static void Run(IReadOnlyList<EvalArticle> articles, TextWriter output, string? start = null, bool evaluateOnly = false)
    {
        var tune = articles.Where(a => DatasetSplit.HalfOf(a.Id) == DatasetSplit.Tune).ToList();
        var holdout = articles.Where(a => DatasetSplit.HalfOf(a.Id) == DatasetSplit.Holdout).ToList();
        var scorer = new Scorer();
        var lead = Objective(scorer, tune, new Lead3());
        var weights = Parse(start);
        var best = Objective(scorer, tune, Ours(weights));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tuning on {tune.Count} articles; LEAD-3 {lead:F4}; start {best:F4}"));
        for (var pass = 1; pass <= (evaluateOnly ? 0 : 3); pass++)
        {
            var changed = false;
            foreach (var knob in Knobs)
            {
                foreach (var value in knob.Grid)
                {
                    if (value == knob.Get(weights))
                    {
                        continue;
                    }

                    var candidate = knob.Set(weights, value);
                    var score = Objective(scorer, tune, Ours(candidate));
                    if (score > best + 1e-5)
                    {
                        best = score;
                        weights = candidate;
                        changed = true;
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {pass}: {knob.Name} = {value} → {best:F4}"));
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        output.WriteLine($"best: {weights}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out ({holdout.Count}): ours {Objective(scorer, holdout, Ours(weights)):F4}, LEAD-3 {Objective(scorer, holdout, new Lead3()):F4}"));
    }

    /// <summary>"TitleWeight=0.5,FigureCoverageWeight=1" → the defaults with those knobs set.</summary>
    internal static SummaryWeights Parse(string? settings)
    {
        var weights = SummaryWeights.Default;
        foreach (var pair in (settings ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            var knob = Knobs.FirstOrDefault(k => k.Name == parts[0])
                ?? throw new ArgumentException($"unknown knob {parts[0]} (knobs: {string.Join(", ", Knobs.Select(k => k.Name))})");
            weights = knob.Set(weights, double.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        return weights;
    }

    private static DigestSystem Ours(SummaryWeights weights) => new(new DigestOptions { Weights = weights });

    private static double Objective(Scorer scorer, List<EvalArticle> articles, ISummarySystem system)
    {
        double sum = 0;
        foreach (var a in articles)
        {
            var r = scorer.Score(a, system);
            sum += (r.Rouge.Rouge1.F1 + r.Rouge.Rouge2.F1) / 2;
        }

        return sum / Math.Max(articles.Count, 1);
    }
}

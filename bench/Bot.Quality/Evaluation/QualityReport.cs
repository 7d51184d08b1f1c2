using System.Globalization;
using System.Text;

namespace Bot.Quality.Evaluation;

/// <summary>Everything one run measured, and its Markdown rendering (pasted into docs/quality.md).</summary>
public sealed record QualityReport(
    string Dataset,
    IReadOnlyList<ArticleResult> Results,
    IReadOnlyList<string> Systems,
    IReadOnlyDictionary<string, double> InProcessRate,
    IReadOnlyDictionary<string, double> WholeProcessRate,
    int WholeProcessSample,
    Figures.VerbatimResult Verbatim,
    string? FigureSpecTable,
    IReadOnlyList<string> Notes)
{
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        var all = Results;
        var budget = all.Where(r => r.System == Systems[0]).Select(r => r.Words).DefaultIfEmpty().Average();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Dataset: `{Path.GetFileName(Dataset)}`, {all.Select(r => r.Id).Distinct().Count()} articles. Equal length: every summary is cut to the article's LEAD-3 word count.");
        sb.AppendLine();
        sb.AppendLine("ROUGE F1 ×100 (rouge-score settings: Porter stemming, ROUGE-Lsum over sentence lines); sentence P/R against the extractive reference sentences (×100).");
        sb.AppendLine();
        foreach (var (label, half) in new[] { ("All articles", (string?)null), ("Tuning half (odd ids)", Data.DatasetSplit.Tune), ("Held-out half (even ids)", Data.DatasetSplit.Holdout) })
        {
            var subset = half is null ? all : all.Where(r => r.Half == half).ToList();
            sb.AppendLine(CultureInfo.InvariantCulture, $"**{label}** (n = {subset.Select(r => r.Id).Distinct().Count()})");
            sb.AppendLine();
            sb.AppendLine("| system | R-1 | R-2 | R-Lsum | words/summary | sent. P | sent. R | articles/s in-process | articles/s whole-process |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var system in Systems)
            {
                var m = Means.Of(subset.Where(r => r.System == system).ToList());
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {system} | {P(m.Rouge1)} | {P(m.Rouge2)} | {P(m.RougeLsum)} | {m.Words:F1} | {P(m.SentencePrecision)} | {P(m.SentenceRecall)} | {Rate(InProcessRate, system)} | {Rate(WholeProcessRate, system)} |");
            }

            sb.AppendLine();
        }

        sb.AppendLine("**Per category** (all articles; R-1 / R-2 / R-Lsum)");
        sb.AppendLine();
        sb.Append("| category | n |");
        foreach (var s in Systems)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {s} |");
        }

        sb.AppendLine();
        sb.AppendLine("|---|---|" + string.Concat(Enumerable.Repeat("---|", Systems.Count)));
        foreach (var category in all.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal))
        {
            var n = all.Where(r => r.Category == category).Select(r => r.Id).Distinct().Count();
            sb.Append(CultureInfo.InvariantCulture, $"| {category} | {n} |");
            foreach (var s in Systems)
            {
                var m = Means.Of(all.Where(r => r.Category == category && r.System == s).ToList());
                sb.Append(CultureInfo.InvariantCulture, $" {P(m.Rouge1)} / {P(m.Rouge2)} / {P(m.RougeLsum)} |");
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Mean budget (LEAD-3 words): {budget:F1}. Whole-process rates: one process per article over {WholeProcessSample} articles.");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Figures: {Verbatim.Verbatim:N0} of {Verbatim.Figures:N0} extracted figures ({100 * Verbatim.Share:F2}%) in {Verbatim.Articles:N0} articles are verbatim substrings of their sentence and article.");
        sb.AppendLine();
        if (FigureSpecTable is null)
        {
            sb.AppendLine("Figure spec pass rates: skipped (../shared/eval/recognizers not found).");
        }
        else
        {
            sb.AppendLine("**Figures: Recognizers-Text English spec pass rates** (the figures stream's runner)");
            sb.AppendLine();
            sb.Append(FigureSpecTable);
        }

        sb.AppendLine();
        foreach (var note in Notes)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Note: {note}");
        }

        return sb.ToString();
    }

    private static string P(double fraction) => (100 * fraction).ToString("F2", CultureInfo.InvariantCulture);

    private static string Rate(IReadOnlyDictionary<string, double> rates, string system) =>
        rates.TryGetValue(system, out var r) ? r.ToString("N0", CultureInfo.InvariantCulture) : "—";
}

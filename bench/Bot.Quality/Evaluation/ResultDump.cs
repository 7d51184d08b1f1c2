using System.Text.Json;
using Bot.Quality.Data;

namespace Bot.Quality.Evaluation;

/// <summary>
/// `--dump`: one JSON object per article and system (id, system, the summary units as scored, the reference
/// sentences, and the three F1s), so the scores can be re-checked with another ROUGE implementation.
/// </summary>
public static class ResultDump
{
    public static void Write(string path, IReadOnlyList<ArticleResult> results, IReadOnlyList<EvalArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(articles);
        var references = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => ReferenceSplitter.Split(g.First().Summary), StringComparer.Ordinal);
        using var writer = new StreamWriter(path);
        foreach (var r in results)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = r.Id,
                system = r.System,
                candidate = string.Join('\n', r.Units),
                reference = string.Join('\n', references[r.Id]),
                rouge1 = r.Rouge.Rouge1.F1,
                rouge2 = r.Rouge.Rouge2.F1,
                rougeLsum = r.Rouge.RougeLsum.F1,
            }));
        }
    }
}

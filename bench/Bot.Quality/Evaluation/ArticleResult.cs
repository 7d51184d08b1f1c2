using Bot.Quality.Rouge;

namespace Bot.Quality.Evaluation;

/// <summary>One system's scores on one article.</summary>
public sealed record ArticleResult(
    string Id,
    string Category,
    string Half,
    string System,
    RougeScores Rouge,
    int Words,
    double SentencePrecision,
    double SentenceRecall,
    IReadOnlyList<string> Units);

/// <summary>Means over a group of <see cref="ArticleResult"/> (F1 and sentence P/R as fractions, words per summary).</summary>
public sealed record Means(int Count, double Rouge1, double Rouge2, double RougeLsum, double Words, double SentencePrecision, double SentenceRecall)
{
    public static Means Of(IReadOnlyCollection<ArticleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return new Means(0, 0, 0, 0, 0, 0, 0);
        }

        return new Means(
            results.Count,
            results.Average(r => r.Rouge.Rouge1.F1),
            results.Average(r => r.Rouge.Rouge2.F1),
            results.Average(r => r.Rouge.RougeLsum.F1),
            results.Average(r => r.Words),
            results.Average(r => r.SentencePrecision),
            results.Average(r => r.SentenceRecall));
    }
}

using Bot.Quality.Data;
using Bot.Quality.Rouge;
using Bot.Quality.Systems;

namespace Bot.Quality.Evaluation;

/// <summary>
/// Scores systems on articles at equal length: the budget is the article's LEAD-3 word count, every system's output
/// is cut to it (<see cref="WordBudget"/>), then ROUGE-1/2/Lsum against the reference (one sentence per line) and
/// sentence-level precision/recall (<see cref="SentenceMatcher"/>).
/// </summary>
public sealed class Scorer
{
    private readonly Dictionary<string, List<List<string>>> referenceTokens = new(StringComparer.Ordinal);

    public ArticleResult Score(EvalArticle article, ISummarySystem system)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(system);
        var budget = BudgetFor(article);
        var units = WordBudget.Cut(system.Summarize(article, budget), budget);
        return Score(article, system.Name, units);
    }

    public ArticleResult Score(EvalArticle article, string systemName, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(units);
        var reference = ReferenceTokens(article);
        var candidate = units.Select(u => RougeTokenizer.Tokenize(u)).Where(t => t.Count > 0).ToList();
        var flatRef = reference.SelectMany(t => t).ToList();
        var flatCand = candidate.SelectMany(t => t).ToList();
        var rouge = new RougeScores(
            RougeScorer.RougeN(flatRef, flatCand, 1),
            RougeScorer.RougeN(flatRef, flatCand, 2),
            RougeScorer.RougeLsum(reference, candidate));
        var (p, r) = SentenceMatcher.Score(candidate, reference);
        return new ArticleResult(article.Id, article.Category, DatasetSplit.HalfOf(article.Id), systemName, rouge, units.Sum(WordBudget.Count), p, r, units);
    }

    public static int BudgetFor(EvalArticle article) => Lead3.Sentences(article).Sum(WordBudget.Count);

    private List<List<string>> ReferenceTokens(EvalArticle article)
    {
        if (!referenceTokens.TryGetValue(article.Id, out var tokens))
        {
            tokens = ReferenceSplitter.Split(article.Summary).Select(s => RougeTokenizer.Tokenize(s)).Where(t => t.Count > 0).ToList();
            referenceTokens[article.Id] = tokens;
        }

        return tokens;
    }
}

using Bot.Quality.Data;

namespace Bot.Quality.Systems;

/// <summary>
/// A summarizer under comparison. Returns its summary as units (one sentence or bullet each, in its own output order);
/// the harness then cuts every system to the same word budget (<see cref="Evaluation.WordBudget"/>).
/// </summary>
public interface ISummarySystem
{
    string Name { get; }

    IReadOnlyList<string> Summarize(EvalArticle article, int wordBudget);
}

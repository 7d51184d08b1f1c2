using Bot.Digest.Ingest;
using Bot.Quality.Data;

namespace Bot.Quality.Systems;

/// <summary>LEAD-3: the article's first three sentences, split by the project's own sentence splitter.</summary>
public sealed class Lead3 : ISummarySystem
{
    public string Name => "LEAD-3";

    public IReadOnlyList<string> Summarize(EvalArticle article, int wordBudget) => Sentences(article);

    public static IReadOnlyList<string> Sentences(EvalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return SentenceSplitter.Split(article.ToArticle()).Take(3).Select(s => s.Text.Trim()).ToList();
    }
}

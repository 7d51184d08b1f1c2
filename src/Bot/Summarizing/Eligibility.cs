using Bot.Digest.Ingest;

namespace Bot.Summarizing;

/// <summary>An article is sent to the model only when it is the article: full text with at least
/// <see cref="SummarizerOptions.MinWords"/> words. A teaser, a paywall stub or an empty page is digested extractively
/// (and the footer says "teaser only"), never presented to the model as if it were the story.</summary>
internal static class Eligibility
{
    /// <summary>Null when the article may be sent; otherwise the reason, for the log.</summary>
    public static string? Problem(Article article, int minWords)
    {
        if (article.Completeness != ArticleCompleteness.FullText)
        {
            return "teaser only";
        }

        var words = article.WordCount;
        if (words == 0)
        {
            return "no text";
        }

        return words < minWords ? $"{words} words, fewer than Summarizer:MinWords" : null;
    }
}

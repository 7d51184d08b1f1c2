using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Chat;

/// <summary>
/// Turns an article into its digest. The default is the extractive engine (<see cref="ExtractiveSummarizer"/>);
/// the host can swap in a model-backed one whose output is checked against the article (issue 8).
/// Key figures always come from the extractor, whatever writes the bullets.
/// </summary>
public interface ISummarizer
{
    Task<NewsDigest> SummarizeAsync(Article article, CancellationToken cancellationToken);
}

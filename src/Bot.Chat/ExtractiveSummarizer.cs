using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Chat;

/// <summary>The default summarizer: the deterministic, offline extractive engine.</summary>
public sealed class ExtractiveSummarizer(Digester digester) : ISummarizer
{
    public Task<NewsDigest> SummarizeAsync(Article article, CancellationToken cancellationToken) =>
        Task.FromResult(digester.Digest(article));
}

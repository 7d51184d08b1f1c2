using Bot.Chat.Stores;
using Bot.Digest;
using Bot.Digest.Ingest;
using Microsoft.Extensions.Logging;

namespace Bot.Chat;

/// <summary>
/// Article in → digest → stored: the one path for /digest, the terminal's seeds and (later) feed items. Fetching URLs
/// needs the host's <see cref="IArticleFetcher"/>; without one <see cref="CanFetch"/> is false.
/// </summary>
public sealed class ArticleIntake(ISummarizer summarizer, IArticleStore store, ILogger<ArticleIntake> logger, IArticleFetcher? fetcher = null)
{
    public bool CanFetch => fetcher is not null;

    public async Task<Outcome<StoredArticle>> AddAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var digest = await summarizer.SummarizeAsync(article, cancellationToken);
        var stored = await store.SaveAsync(article, digest, cancellationToken);
        ChatLog.ArticleStored(logger, stored.Id, article.WordCount);
        return Outcome<StoredArticle>.Success(stored);
    }

    public async Task<Outcome<StoredArticle>> AddTextAsync(string text, string source, CancellationToken cancellationToken)
    {
        var read = ArticleReader.ReadText(text, source);
        return read.IsSuccess && read.Value is not null ? await AddAsync(read.Value, cancellationToken) : Outcome<StoredArticle>.Failure(read.Error ?? $"{source}: unreadable");
    }

    public async Task<Outcome<StoredArticle>> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (fetcher is null)
        {
            return Outcome<StoredArticle>.Failure("fetching URLs is not available");
        }

        var fetched = await fetcher.FetchAsync(url, cancellationToken);
        if (!fetched.IsSuccess || fetched.Value is null)
        {
            ChatLog.FetchFailed(logger);
            return Outcome<StoredArticle>.Failure(fetched.Error ?? "the page could not be read");
        }

        return await AddAsync(fetched.Value, cancellationToken);
    }
}

using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Chat;

/// <summary>
/// Fetches an http(s) URL and parses it into an article. Implemented by the host (Bot/Ingestion) with a timeout,
/// a size cap, a content-type check, a redirect limit and SSRF protection. Expected failures (unreachable, too big,
/// refused address, no article in the page) are an <see cref="Outcome{T}"/> failure with a one-line message.
/// </summary>
public interface IArticleFetcher
{
    Task<Outcome<Article>> FetchAsync(Uri url, CancellationToken cancellationToken);
}

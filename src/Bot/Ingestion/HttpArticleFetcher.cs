using Bot.Chat;
using Bot.Digest;
using Bot.Digest.Ingest;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Bot.Ingestion;

/// <summary>
/// <see cref="IArticleFetcher"/> over HTTP: <see cref="WebFetcher"/> for the bytes (guarded, capped, timed), then
/// <see cref="ArticleReader"/> for the article. Only page types are accepted; feeds are read by the feeds work.
/// </summary>
public sealed class HttpArticleFetcher(WebFetcher web, ILogger<HttpArticleFetcher> logger) : IArticleFetcher
{
    /// <summary>Content types an article page may have (a response without one is sniffed by the reader).</summary>
    public static readonly IReadOnlyList<string> ArticleMediaTypes =
        ["text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"];

    private const string Accept = "text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8";

    public async Task<Outcome<Article>> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fetched = await web.FetchAsync(new FetchRequest(url) { AcceptedMediaTypes = ArticleMediaTypes, Accept = Accept }, cancellationToken)
            .ConfigureAwait(false);
        if (!fetched.IsSuccess)
        {
            return Outcome<Article>.Failure(fetched.Error!);
        }

        var response = fetched.Value!;
        if (!response.IsSuccess)
        {
            logger.HttpFailure(new LogOrigin(response.FinalUrl), (int)response.Status);
            var code = (int)response.Status;
            var phrase = ReasonPhrases.GetReasonPhrase(code);
            return Outcome<Article>.Failure($"{UrlDisplay.ForMessage(url)}: HTTP {code}{(phrase.Length > 0 ? " " + phrase : string.Empty)}");
        }

        var source = UrlDisplay.ForMessage(response.FinalUrl);
        var article = ArticleReader.Read(response.Body.Span, response.MediaType, source);
        if (!article.IsSuccess)
        {
            logger.NotAnArticle(new LogOrigin(response.FinalUrl), response.Body.Length, response.MediaType);
            return article;
        }

        // The canonical URL from the page wins; otherwise the article lives where the redirects led.
        return Outcome<Article>.Success(article.Value! with { Url = article.Value!.Url ?? source });
    }
}

using Bot.Digest;
using Bot.Ingestion;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// <see cref="IFeedFetcher"/> over the Ingestion work's guarded <see cref="WebFetcher"/> (SSRF checks on every hop,
/// one timeout, the byte cap): a conditional GET that accepts feed and page types and hands back the validators.
/// </summary>
public sealed class WebFeedFetcher(WebFetcher web) : IFeedFetcher
{
    /// <summary>What a feed or a followed page may be served as (a response without a type is sniffed by the parser).</summary>
    public static readonly IReadOnlyList<string> MediaTypes =
    [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/xml",
        "text/xml", "application/rdf+xml", "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
    ];

    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.1";

    public async Task<Outcome<FeedResponse>> FetchAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetched = await web.FetchAsync(
            new FetchRequest(request.Url) { AcceptedMediaTypes = MediaTypes, Accept = Accept, IfNoneMatch = request.ETag, IfModifiedSince = request.LastModified },
            cancellationToken);
        if (!fetched.IsSuccess || fetched.Value is null)
        {
            return Outcome<FeedResponse>.Failure(fetched.Error ?? "the fetch failed");
        }

        var response = fetched.Value;
        var status = (int)response.Status;
        var reason = ReasonPhrases.GetReasonPhrase(status);
        return Outcome<FeedResponse>.Success(new FeedResponse(
            status, reason.Length > 0 ? reason : null, response.FinalUrl, response.MediaType, response.Body, response.ETag, response.LastModified, response.RetryAfter));
    }
}

using Bot.Digest;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// One conditional GET of a feed (or page) URL. The host's implementation is guarded like every fetch (SSRF checks on
/// every hop, a timeout, a size cap). Any HTTP status is an answer; transport failures (unreachable, timed out, too
/// large, refused address) are an <see cref="Outcome{T}"/> failure with a one-line reason.
/// </summary>
public interface IFeedFetcher
{
    Task<Outcome<FeedResponse>> FetchAsync(FeedRequest request, CancellationToken cancellationToken);
}

/// <param name="ETag">The previous answer's ETag, sent as If-None-Match.</param>
/// <param name="LastModified">The previous answer's Last-Modified, sent as If-Modified-Since.</param>
public sealed record FeedRequest(Uri Url, string? ETag, DateTimeOffset? LastModified);

/// <param name="Status">The final HTTP status (304 when unchanged).</param>
/// <param name="Reason">The status's reason phrase ("Service Unavailable"), if known.</param>
/// <param name="Body">The body of a 2xx answer; empty otherwise.</param>
/// <param name="RetryAfter">Retry-After (429, 503) as a delay, when the server sent one.</param>
public sealed record FeedResponse(
    int Status,
    string? Reason,
    Uri FinalUrl,
    string? MediaType,
    ReadOnlyMemory<byte> Body,
    string? ETag,
    DateTimeOffset? LastModified,
    TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and <= 299;

    public bool IsNotModified => Status == 304;
}

using System.Net;

namespace Bot.Ingestion;

/// <summary>
/// What a server answered after redirects. Any HTTP status is a response (a 404 or a 304 is not an error at this
/// level); transport failures (timeout, refused address, too large, too many redirects, unsupported content type) are
/// an <c>Outcome</c> failure instead. <see cref="Body"/> is read only for 2xx answers and is at most the byte cap.
/// </summary>
/// <param name="RequestedUrl">The URL asked for.</param>
/// <param name="FinalUrl">Where the last redirect led (equals <paramref name="RequestedUrl"/> without redirects).</param>
/// <param name="Status">The final HTTP status.</param>
/// <param name="MediaType">"text/html", lower-case, without parameters; null when the server sent none.</param>
/// <param name="Charset">The Content-Type charset parameter, if any.</param>
/// <param name="Body">The body bytes (decompressed); empty for non-2xx answers and 304.</param>
/// <param name="ETag">The ETag header as sent (quotes included), for the next conditional GET.</param>
/// <param name="LastModified">The Last-Modified header, for the next conditional GET.</param>
/// <param name="RetryAfter">Retry-After as a delay from now (429/503), when the server sent one.</param>
/// <param name="Redirects">How many redirects were followed.</param>
/// <param name="Headers">Every response and content header, values joined with ", "; names case-insensitive.</param>
public sealed record FetchResponse(
    Uri RequestedUrl,
    Uri FinalUrl,
    HttpStatusCode Status,
    string? MediaType,
    string? Charset,
    ReadOnlyMemory<byte> Body,
    string? ETag,
    DateTimeOffset? LastModified,
    TimeSpan? RetryAfter,
    int Redirects,
    IReadOnlyDictionary<string, string> Headers)
{
    public bool IsSuccess => (int)Status is >= 200 and <= 299;

    public bool IsNotModified => Status == HttpStatusCode.NotModified;
}

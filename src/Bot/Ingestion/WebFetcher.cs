using System.Globalization;
using Bot.Digest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion;

/// <summary>
/// The low-level fetch: one GET with manual redirects (each hop vetted by <see cref="AddressGuard"/>), one timeout for
/// the whole fetch, a byte cap enforced while streaming, a content-type check and conditional GET. Pages for
/// articles go through <see cref="HttpArticleFetcher"/>; feeds use this directly for their bytes, ETag and Last-Modified.
/// Expected failures are an <see cref="Outcome{T}"/> failure with one line naming the URL; caller cancellation throws.
/// </summary>
public sealed class WebFetcher(
    IHttpClientFactory clients,
    AddressGuard guard,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<WebFetcher> logger)
{
    /// <summary>The named HttpClient (SSRF-guarded connect, no automatic redirects, no proxy, no cookies).</summary>
    public const string HttpClientName = "Bot.Ingestion";

    public async Task<Outcome<FetchResponse>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!request.Url.IsAbsoluteUri)
        {
            return Outcome<FetchResponse>.Failure($"{request.Url.OriginalString}: not an absolute URL");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FollowAsync(request, settings, time.GetTimestamp(), linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.TimedOut(new LogOrigin(request.Url), settings.TimeoutSeconds);
            return Outcome<FetchResponse>.Failure(Invariant($"{UrlDisplay.ForMessage(request.Url)}: timed out after {settings.TimeoutSeconds} s"));
        }
    }

    private async Task<Outcome<FetchResponse>> FollowAsync(FetchRequest request, IngestionOptions settings, long started, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(HttpClientName);
        var url = request.Url;
        for (var redirects = 0; ; redirects++)
        {
            if (guard.CheckUrl(url) is { } refusal)
            {
                return Refuse(request.Url, url, refusal);
            }

            using var message = BuildRequest(request, url, settings);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (FetchErrors.Find<AddressRefusedException>(ex) is { } refused)
            {
                return Refuse(request.Url, url, refused.Message);
            }
            catch (HttpRequestException ex)
            {
                var reason = FetchErrors.Explain(ex);
                logger.Unreachable(new LogOrigin(url), reason);
                return Outcome<FetchResponse>.Failure($"{Who(request.Url, url)}: unreachable ({reason})");
            }

            using (response)
            {
                if (FetchErrors.IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects >= settings.MaxRedirects)
                    {
                        logger.TooManyRedirects(new LogOrigin(request.Url), settings.MaxRedirects);
                        return Outcome<FetchResponse>.Failure(Invariant($"{UrlDisplay.ForMessage(request.Url)}: too many redirects (more than {settings.MaxRedirects})"));
                    }

                    var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                    logger.Redirected(new LogOrigin(url), (int)response.StatusCode, new LogOrigin(next));
                    url = next;
                    continue;
                }

                return await ReadAsync(request, url, response, redirects, settings, started, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<Outcome<FetchResponse>> ReadAsync(
        FetchRequest request, Uri url, HttpResponseMessage response, int redirects, IngestionOptions settings, long started, CancellationToken cancellationToken)
    {
        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType?.ToLowerInvariant();
        var body = ReadOnlyMemory<byte>.Empty;
        if (FetchErrors.IsSuccess(response.StatusCode))
        {
            if (mediaType is not null && request.AcceptedMediaTypes is { } accepted && !accepted.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            {
                logger.UnsupportedContentType(new LogOrigin(url), mediaType);
                return Outcome<FetchResponse>.Failure($"{Who(request.Url, url)}: unsupported content type {mediaType}");
            }

            var cap = Math.Min(settings.MaxBytes, request.MaxBytes ?? long.MaxValue);
            var declared = response.Content.Headers.ContentLength;
            if (declared > cap)
            {
                logger.TooLarge(new LogOrigin(url), cap, declared);
                return Outcome<FetchResponse>.Failure(Invariant($"{Who(request.Url, url)}: too large ({declared:N0} bytes; the limit is {cap:N0})"));
            }

            byte[]? bytes;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    bytes = await CappedBody.ReadAsync(stream, cap, declared, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                logger.Unreachable(new LogOrigin(url), "connection lost while reading the body");
                return Outcome<FetchResponse>.Failure($"{Who(request.Url, url)}: the connection broke while reading the page");
            }

            if (bytes is null)
            {
                logger.TooLarge(new LogOrigin(url), cap, declared);
                return Outcome<FetchResponse>.Failure(Invariant($"{Who(request.Url, url)}: too large (more than {cap:N0} bytes)"));
            }

            body = bytes;
        }

        var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        logger.Fetched(new LogOrigin(url), (int)response.StatusCode, body.Length, redirects, elapsedMs);
        return Outcome<FetchResponse>.Success(new FetchResponse(
            request.Url,
            url,
            response.StatusCode,
            mediaType,
            contentType?.CharSet,
            body,
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified,
            RetryAfter(response),
            redirects,
            FetchErrors.Headers(response)));
    }

    private static HttpRequestMessage BuildRequest(FetchRequest request, Uri url, IngestionOptions settings)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        var accept = request.Accept
            ?? (request.AcceptedMediaTypes is { Count: > 0 } types ? string.Join(", ", types) + ", */*;q=0.1" : null);
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (request.IfNoneMatch is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.IfModifiedSince is { } since)
        {
            message.Headers.IfModifiedSince = since;
        }

        return message;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private Outcome<FetchResponse> Refuse(Uri requested, Uri hop, string reason)
    {
        logger.Refused(new LogOrigin(hop), reason);
        return Outcome<FetchResponse>.Failure($"{Who(requested, hop)}: refused: {reason}");
    }

    /// <summary>The URL the user gave, plus where a redirect led when the failure happened there.</summary>
    private static string Who(Uri requested, Uri hop) => requested == hop
        ? UrlDisplay.ForMessage(requested)
        : $"{UrlDisplay.ForMessage(requested)} (redirected to {UrlDisplay.ForMessage(hop)})";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Rest;

/// <summary>
/// Sends one <see cref="DiscordRequest"/> through the rate limiter: honours 429 <c>retry_after</c> (pausing every
/// queue on a global one), retries 5xx and network failures with a doubling back-off, stops for good after a 401,
/// and refuses to send once too many invalid requests piled up. Everything it logs is a route template.
/// </summary>
internal sealed class DiscordRestTransport
{
    public const string HttpClientName = "Bot.Discord";

    /// <summary>Discord requires <c>DiscordBot ($url, $version)</c>.</summary>
    public static readonly string UserAgent =
        $"DiscordBot (https://github.com/newsdigest-bot/newsdigest, {typeof(DiscordRestTransport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    private const int MaxRateLimitResends = 10;

    private readonly IHttpClientFactory httpClients;
    private readonly DiscordRateLimiter limiter;
    private readonly InvalidRequestCounter invalidRequests;
    private readonly IOptions<DiscordOptions> options;
    private readonly DiscordTuning tuning;
    private readonly TimeProvider time;
    private readonly ILogger<DiscordRestTransport> logger;
    private volatile bool unauthorized;

    public DiscordRestTransport(
        IHttpClientFactory httpClients,
        DiscordRateLimiter limiter,
        IOptions<DiscordOptions> options,
        DiscordTuning tuning,
        TimeProvider time,
        ILogger<DiscordRestTransport> logger)
    {
        this.httpClients = httpClients;
        this.limiter = limiter;
        this.options = options;
        this.tuning = tuning;
        this.time = time;
        this.logger = logger;
        invalidRequests = new InvalidRequestCounter(time, tuning.InvalidRequestLimit);
    }

    /// <summary>True after a 401: the token is wrong and nothing more is sent with it.</summary>
    public bool IsUnauthorized => unauthorized;

    public async Task<DiscordResponse> SendAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var bucket = request.IsInteractionCallback ? null : await limiter.AcquireAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var failures = 0;
            var rateLimited = 0;
            while (true)
            {
                ThrowIfStopped(request);
                var exchange = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
                if (exchange.Response is not { } response)
                {
                    await BackOffOrThrowAsync(request, ++failures, null, exchange.Error, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                limiter.Update(request, bucket, exchange.Headers!);
                var status = response.StatusCode;
                if (status == 429)
                {
                    var delay = OnRateLimited(request, bucket, response, exchange.Headers!, ++rateLimited);
                    if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    }

                    await limiter.WaitForTurnAsync(request, bucket, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (status >= 500)
                {
                    await BackOffOrThrowAsync(request, ++failures, response, null, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (status >= 400)
                {
                    throw OnClientError(request, response);
                }

                return response;
            }
        }
        finally
        {
            bucket?.Lock.Release();
        }
    }

    private void ThrowIfStopped(DiscordRequest request)
    {
        if (unauthorized)
        {
            throw new DiscordHttpException(HttpStatusCode.Unauthorized, null, request.RouteKey, "not sent: Discord refused the bot token earlier (401); fix Discord:Token and restart");
        }

        if (invalidRequests.IsTripped)
        {
            DiscordLog.InvalidRequestLimit(logger, invalidRequests.Count, request.RouteKey);
            throw new DiscordHttpException(HttpStatusCode.TooManyRequests, null, request.RouteKey, "not sent: too many invalid requests (401/403/429) in the last 10 minutes");
        }
    }

    private async Task<Exchange> ExchangeAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, options.Value.ApiBase + "/" + request.Path);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (request.UseBotAuthorization)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bot " + options.Value.Token);
        }

        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = new CancellationTokenSource(tuning.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            return new Exchange(new DiscordResponse((int)response.StatusCode, bytes), response.Headers, null);
        }
        catch (HttpRequestException exception)
        {
            return new Exchange(null, null, exception.GetType().Name);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Exchange(null, null, "timeout");
        }
    }

    private TimeSpan OnRateLimited(DiscordRequest request, RateLimitBucket? bucket, DiscordResponse response, HttpResponseHeaders headers, int count)
    {
        var info = RateLimitInfo.Parse(response.Body, headers);
        if (!info.SharedScope)
        {
            invalidRequests.Record();
        }

        if (info.Global)
        {
            limiter.PauseAll(info.RetryAfter);
        }

        bucket?.Exhaust(time.GetUtcNow() + info.RetryAfter);

        DiscordLog.RateLimited(logger, request.RouteKey, info.RetryAfter.TotalMilliseconds, info.Global, info.IsHtml);
        if (info.RetryAfter > TimeSpan.FromSeconds(60))
        {
            DiscordLog.LongRateLimit(logger, request.RouteKey, info.RetryAfter.TotalSeconds);
        }

        // An interaction callback has 3 s: one honoured 429, then give up; other routes give up after many.
        if ((request.IsInteractionCallback && count > 1) || count > MaxRateLimitResends)
        {
            throw new DiscordHttpException(HttpStatusCode.TooManyRequests, null, request.RouteKey, $"still rate limited after {count} attempts");
        }

        return bucket is null ? info.RetryAfter : TimeSpan.Zero; // the bucket (or the global gate) now holds the wait
    }

    private DiscordHttpException OnClientError(DiscordRequest request, DiscordResponse response)
    {
        var error = DiscordHttpException.FromResponse(response.StatusCode, response.Body, request.RouteKey);
        if (response.StatusCode is 401 or 403)
        {
            invalidRequests.Record();
        }

        if (response.StatusCode == 401 && request.UseBotAuthorization)
        {
            unauthorized = true;
            DiscordLog.Unauthorized(logger, request.RouteKey);
        }
        else if (error.DiscordCode == 10062)
        {
            DiscordLog.UnknownInteraction(logger, request.RouteKey);
        }
        else
        {
            DiscordLog.RequestRefused(logger, request.RouteKey, response.StatusCode, error.DiscordCode, error.Errors ?? error.Reason);
        }

        return error;
    }

    private async Task BackOffOrThrowAsync(DiscordRequest request, int failures, DiscordResponse? response, string? error, CancellationToken cancellationToken)
    {
        var status = response?.StatusCode ?? 0;
        if (failures > tuning.ServerErrorRetries)
        {
            DiscordLog.RequestFailed(logger, request.RouteKey, status, error ?? "", failures);
            throw response is null
                ? new DiscordHttpException(HttpStatusCode.ServiceUnavailable, null, request.RouteKey, $"no answer after {failures} attempts ({error})")
                : DiscordHttpException.FromResponse(response.StatusCode, response.Body, request.RouteKey);
        }

        var delay = tuning.ServerErrorBaseDelay * Math.Pow(2, failures - 1);
        DiscordLog.RetryingRequest(logger, request.RouteKey, status, error ?? "", failures, delay.TotalMilliseconds);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record Exchange(DiscordResponse? Response, HttpResponseHeaders? Headers, string? Error);

    /// <summary>What a 429 says: how long, whether global, whether shared (not counted as invalid).</summary>
    private sealed record RateLimitInfo(TimeSpan RetryAfter, bool Global, bool SharedScope, bool IsHtml)
    {
        public static RateLimitInfo Parse(byte[] body, HttpResponseHeaders headers)
        {
            double? retryAfter = null;
            var global = headers.TryGetValues("X-RateLimit-Global", out var g) && string.Equals(g.FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
            var shared = headers.TryGetValues("X-RateLimit-Scope", out var s) && string.Equals(s.FirstOrDefault(), "shared", StringComparison.OrdinalIgnoreCase);
            var html = true;
            try
            {
                using var document = JsonDocument.Parse(body);
                html = false;
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    if (document.RootElement.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds))
                    {
                        retryAfter = seconds;
                    }

                    global |= document.RootElement.TryGetProperty("global", out var gl) && gl.ValueKind == JsonValueKind.True;
                }
            }
            catch (JsonException)
            {
                // A Cloudflare ban: HTML, no JSON and no rate-limit headers. Treat it as global.
                global = true;
            }

            var wait = retryAfter is { } value
                ? TimeSpan.FromSeconds(value)
                : DiscordRateLimiter.ReadSeconds(headers, "Retry-After") ?? DiscordRateLimiter.ReadSeconds(headers, "X-RateLimit-Reset-After") ?? TimeSpan.FromSeconds(html ? 60 : 1);
            return new RateLimitInfo(wait, global, shared, html);
        }
    }
}

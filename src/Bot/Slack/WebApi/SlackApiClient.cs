using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.WebApi;

/// <summary>
/// The Web API over <see cref="HttpClient"/>: JSON bodies with <c>charset=utf-8</c>, <c>Authorization: Bearer</c>,
/// <c>ok</c> always checked (<see cref="SlackException"/>), HTTP 429 retried after <c>Retry-After</c> on the
/// <see cref="TimeProvider"/> a bounded number of times (a reply two minutes late is worse than an error).
/// </summary>
public sealed class SlackApiClient : ISlackApiClient
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private readonly HttpClient http;
    private readonly Uri baseUri;
    private readonly string token;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public SlackApiClient(HttpClient http, string apiBaseUrl, string token, TimeProvider time, ILogger logger)
    {
        this.http = http;
        baseUri = new Uri(apiBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);
        this.token = token;
        this.time = time;
        this.logger = logger;
        Auth = new AuthApi(this);
        Chat = new ChatApi(this);
        Conversations = new ConversationsApi(this);
        AppsConnectionsApi = new AppsConnectionsApi(this);
    }

    public AuthApi Auth { get; }

    public ChatApi Chat { get; }

    public ConversationsApi Conversations { get; }

    public AppsConnectionsApi AppsConnectionsApi { get; }

    /// <summary>How many times a 429 is waited out before <see cref="SlackRateLimitException"/>.</summary>
    public int MaxRateLimitRetries { get; init; } = 3;

    public bool DisableRetryOnRateLimit { get; init; }

    public ISlackApiClient WithAccessToken(string accessToken) =>
        new SlackApiClient(http, baseUri.ToString(), accessToken, time, logger)
        {
            MaxRateLimitRetries = MaxRateLimitRetries,
            DisableRetryOnRateLimit = DisableRetryOnRateLimit,
        };

    public async Task<T> Post<T>(string apiMethod, object args, CancellationToken cancellationToken)
        where T : WebApiResponse
    {
        var json = JsonSerializer.Serialize(args, args.GetType(), SlackJson.Options);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, apiMethod));
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = RetryAfter(response);
                if (DisableRetryOnRateLimit || attempt >= MaxRateLimitRetries)
                {
                    throw new SlackRateLimitException(apiMethod, retryAfter);
                }

                SlackLog.RateLimited(logger, apiMethod, retryAfter.TotalSeconds, attempt + 1);
                await Task.Delay(retryAfter, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var body = await ReadAsync<T>(apiMethod, response, cancellationToken).ConfigureAwait(false);
            LogMetadata(apiMethod, body);
            if (!body.Ok)
            {
                var hint = body.Needed is null ? null : $"Needed scope: {body.Needed}.";
                throw new SlackException(apiMethod, body.Error ?? "unknown_error", body.ResponseMetadata?.Messages, hint);
            }

            return body;
        }
    }

    public async Task Respond(string responseUrl, SlashCommandResponse message, CancellationToken cancellationToken)
    {
        const string method = "response_url";
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new SlackException(method, "invalid_response_url");
        }

        var json = JsonSerializer.Serialize(message, SlackJson.Options);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(uri, content, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var error = ResponseUrlError(text);
        if (!response.IsSuccessStatusCode || error is not null)
        {
            throw new SlackException(method, error ?? $"http_{(int)response.StatusCode}");
        }
    }

    private static async Task<T> ReadAsync<T>(string apiMethod, HttpResponseMessage response, CancellationToken cancellationToken)
        where T : WebApiResponse
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackException(apiMethod, $"http_{(int)response.StatusCode}");
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(SlackJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new SlackException(apiMethod, "invalid_response");
        }
        catch (JsonException)
        {
            throw new SlackException(apiMethod, "invalid_response");
        }
    }

    /// <summary>response_url answers 200 with <c>{"ok":true}</c> (or a bare "ok"); an error is <c>{"ok":false,"error":…}</c>.</summary>
    private static string? ResponseUrlError(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.False
                ? root.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error"
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return DefaultRetryAfter;
    }

    private void LogMetadata(string apiMethod, WebApiResponse body)
    {
        var metadata = body.ResponseMetadata;
        var notes = (metadata?.Warnings ?? []).Concat(metadata?.Messages ?? []).ToList();
        if (body.Warning is not null && notes.Count == 0)
        {
            notes.Add(body.Warning);
        }

        if (notes.Count > 0)
        {
            SlackLog.ApiWarnings(logger, apiMethod, string.Join("; ", notes));
        }
    }
}

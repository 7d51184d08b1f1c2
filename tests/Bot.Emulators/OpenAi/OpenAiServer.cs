using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.OpenAi;

/// <summary>
/// A loopback OpenAI-compatible server: POST /v1/chat/completions with real chat-completions JSON. Answers come from a
/// script (<see cref="Enqueue"/>; <see cref="WhenIdle"/> when it is empty), every request is recorded, and a required
/// API key can be set (401 otherwise, like the real service). <see cref="OpenAiReply.Hang"/> holds a request until the
/// client gives up or the server is disposed, so timeout tests need no sleeps.
/// </summary>
public sealed class OpenAiServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<OpenAiReply> script = new();
    private readonly ConcurrentQueue<RecordedChatRequest> requests = new();
    private readonly Channel<RecordedChatRequest> arrivals = Channel.CreateUnbounded<RecordedChatRequest>();
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? requiredApiKey;
    private LoopbackServer? server;
    private long created = 1_760_000_000;

    private OpenAiServer(string? requiredApiKey) => this.requiredApiKey = requiredApiKey;

    /// <summary>"http://127.0.0.1:PORT/v1/": what Summarizer:Endpoint is set to.</summary>
    public Uri Endpoint => new(server!.BaseUri, "v1/");

    /// <summary>The answer when the script is empty (a 500 by default, so an unexpected extra call shows).</summary>
    public OpenAiReply WhenIdle { get; set; } = OpenAiReply.Status(500);

    public IReadOnlyList<RecordedChatRequest> Requests => [.. requests];

    /// <summary>Requests as they arrive (before they are answered).</summary>
    public ChannelReader<RecordedChatRequest> Arrivals => arrivals.Reader;

    public static async Task<OpenAiServer> StartAsync(string? requiredApiKey = null, CancellationToken cancellationToken = default)
    {
        var result = new OpenAiServer(requiredApiKey);
        result.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", (Func<HttpContext, Task<IResult>>)result.HandleAsync);
            app.MapFallback((HttpContext context) => Results.Text(
                ChatCompletionJson.Error($"Unknown request URL: {context.Request.Method} {context.Request.Path}.", "invalid_request_error", "unknown_url"),
                "application/json",
                statusCode: StatusCodes.Status404NotFound));
        }, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public void Enqueue(params OpenAiReply[] replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        released.TrySetResult();
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var authorization = context.Request.Headers.Authorization.FirstOrDefault();
        if (requiredApiKey is not null && authorization != $"Bearer {requiredApiKey}")
        {
            return Json(401, ChatCompletionJson.Error("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"));
        }

        var request = ChatCompletionJson.ReadRequest(body, authorization, out var problem);
        if (request is null)
        {
            return Json(400, ChatCompletionJson.Error(problem!, "invalid_request_error", null));
        }

        requests.Enqueue(request);
        arrivals.Writer.TryWrite(request);
        var reply = script.TryDequeue(out var next) ? next : WhenIdle;
        switch (reply)
        {
            case AnswerReply answer:
                var stamp = Interlocked.Increment(ref created);
                return Json(200, ChatCompletionJson.Completion(request.Model ?? "unknown", answer.Content, answer.PromptTokens, answer.CompletionTokens, stamp));
            case StatusReply status:
                if (status.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var (type, code) = status.StatusCode == 429 ? ("requests", "rate_limit_exceeded") : ("server_error", (string?)null);
                return Json(status.StatusCode, ChatCompletionJson.Error($"Scripted status {status.StatusCode}.", type, code));
            case RawReply raw:
                return Json(200, raw.Body);
            default:
                try
                {
                    await released.Task.WaitAsync(context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up: that is what the test wanted.
                }

                return Json(503, ChatCompletionJson.Error("The server is shutting down.", "server_error", null));
        }
    }

    private static IResult Json(int status, string body) => Results.Text(body, "application/json", statusCode: status);
}

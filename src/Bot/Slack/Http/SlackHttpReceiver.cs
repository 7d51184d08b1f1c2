using System.Text.Json;
using Bot.Slack.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Http;

/// <summary>
/// HTTP mode: Kestrel listens on <c>Slack:EventsUrl</c>; Slack POSTs slash commands (form) and events (JSON) to its
/// path. The signature is checked over the raw bytes before anything is parsed; the 200 answer (the ack) is sent
/// within the reply channel's 2 s safety net.
/// </summary>
internal sealed class SlackHttpReceiver(
    Uri eventsUrl,
    SlackSignatureVerifier verifier,
    SlashCommandIntake intake,
    EnvelopeDeduplicator deduplicator,
    ILogger logger)
{
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>The address Kestrel actually bound (the port, when <c>EventsUrl</c> says 0).</summary>
    public Uri? BoundUrl { get; private set; }

    public async Task RunAsync(TaskCompletionSource<Uri>? started, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"{eventsUrl.Scheme}://{eventsUrl.Host}:{eventsUrl.Port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        var app = builder.Build();
        app.MapPost(eventsUrl.AbsolutePath, (Delegate)HandleAsync);
        await using (app.ConfigureAwait(false))
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = new Uri(app.Urls.First());
            BoundUrl = new UriBuilder(eventsUrl) { Port = address.Port }.Uri;
            SlackLog.HttpListening(logger, BoundUrl.Port, eventsUrl.AbsolutePath);
            started?.TrySetResult(BoundUrl);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var check = verifier.Verify(context.Request.Headers["X-Slack-Request-Timestamp"], context.Request.Headers["X-Slack-Signature"], body);
        if (check != SignatureCheck.Valid)
        {
            SlackLog.SignatureRejected(logger, check.ToString());
            return Results.Unauthorized();
        }

        return context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true
            ? HandleEvent(body)
            : await HandleFormAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<IResult> HandleFormAsync(byte[] body, CancellationToken cancellationToken)
    {
        var form = QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body))
            .ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
        if (form.ContainsKey("ssl_check"))
        {
            return Results.Ok();
        }

        var deliveryId = "http-" + Guid.NewGuid().ToString("N");
        var answered = new TaskCompletionSource<WebApi.SlashCommandResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        intake.Accept(deliveryId, SlashCommand.FromForm(form), (payload, _) =>
        {
            answered.TrySetResult(payload);
            return Task.CompletedTask;
        });
        var response = await answered.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return response is null
            ? Results.Ok()
            : Results.Text(JsonSerializer.Serialize(response, WebApi.SlackJson.Options), "application/json; charset=utf-8");
    }

    private IResult HandleEvent(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "url_verification" && root.TryGetProperty("challenge", out var challenge))
            {
                return Results.Json(new { challenge = challenge.GetString() });
            }

            var eventId = root.TryGetProperty("event_id", out var e) ? e.GetString() : null;
            if (eventId is not null && !deduplicator.TryFirstSeen("event:" + eventId))
            {
                SlackLog.DuplicateEnvelope(logger, eventId, 0);
            }

            return Results.Ok();
        }
        catch (JsonException)
        {
            SlackLog.MalformedMessage(logger, 0, body.Length);
            return Results.BadRequest();
        }
    }

    /// <summary>The raw bytes (the signature covers them exactly); null when over the cap.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

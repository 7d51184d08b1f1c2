using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// The HTTP-interactions mode (<c>Discord:PublicKey</c> + <c>Discord:InteractionsUrl</c>): a small Kestrel
/// endpoint Discord POSTs interactions to instead of the gateway. Every request's Ed25519 signature is checked
/// over the raw bytes (bad or missing → 401; Discord sends forged ones on purpose); PING → PONG; commands go to
/// the same dispatcher as gateway interactions, which calls back over REST; the POST is then answered 202.
/// </summary>
public sealed class DiscordHttpInteractionsService(
    IOptions<DiscordOptions> options,
    InteractionDispatcher dispatcher,
    CommandRegistrar registrar,
    DiscordEventQueue events,
    TimeProvider time,
    ILogger<DiscordHttpInteractionsService> logger) : IHostedService, IAsyncDisposable
{
    private const int MaxBodyBytes = 1024 * 1024;
    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;
    private InteractionSignatureVerifier? verifier;
    private Task registration = Task.CompletedTask;

    /// <summary>Where the endpoint actually listens (a configured port 0 becomes the port the OS chose).</summary>
    public Uri? BoundUri { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(options.Value.InteractionsUrl!);
        verifier = new InteractionSignatureVerifier(options.Value.PublicKey!);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"{url.Scheme}://{url.Host}:{url.Port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        app = builder.Build();
        app.MapPost(url.AbsolutePath, (Func<HttpContext, Task<IResult>>)HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BoundUri = new Uri(new Uri(address.TrimEnd('/') + "/"), url.AbsolutePath.TrimStart('/'));
        DiscordLog.HttpInteractionsListening(logger, BoundUri.ToString());
        registration = registrar.RegisterAsync(options.Value.ApplicationIdValue, stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        if (app is not null)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await registration.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while registering; the next start registers again.
        }

        events.Complete();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetTimestamp();
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var signature = context.Request.Headers["X-Signature-Ed25519"].FirstOrDefault();
        var timestamp = context.Request.Headers["X-Signature-Timestamp"].FirstOrDefault();
        if (!verifier!.IsValidHttpInteraction(signature, timestamp, body))
        {
            DiscordLog.BadSignature(logger, body.Length, signature is null || timestamp is null);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            DiscordLog.MalformedInteraction(logger, "HTTP body is not JSON");
            return Results.BadRequest();
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() == 1)
        {
            return Results.Bytes(Pong, "application/json");
        }

        if (dispatcher.Accept(root, receivedAt) is not { } answered)
        {
            return Results.BadRequest();
        }

        // Discord waits for this POST; answer it once the callback went out (the reply channel's safety net
        // guarantees that happens within the deadline).
        await answered.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bot.Emulators.Discord;

/// <summary>
/// Discord's side of the HTTP-interactions mode: POSTs signed interaction bodies to the bot's endpoint (and
/// deliberately bad ones), registering each interaction so the bot's REST callback for it is accepted.
/// </summary>
public sealed class DiscordInteractionSender : IDisposable
{
    private readonly DiscordEmulator emulator;
    private readonly HttpClient http = new();

    internal DiscordInteractionSender(DiscordEmulator emulator) => this.emulator = emulator;

    /// <summary>Signs <paramref name="body"/> with the emulator's key and posts it.</summary>
    public Task<HttpResponseMessage> SendAsync(Uri endpoint, string body, string? timestamp = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        timestamp ??= emulator.Options.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return SendRawAsync(endpoint, bytes, timestamp, InteractionSigner.Sign(emulator.Options.SigningSeedHex, timestamp, bytes));
    }

    /// <summary>Posts exactly these bytes and headers (null leaves a header out): for forged requests.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(Uri endpoint, byte[] body, string? timestamp, string? signature)
    {
        Register(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        return await http.SendAsync(request).ConfigureAwait(false);
    }

    public void Dispose() => http.Dispose();

    private void Register(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("type", out var type) && type.GetInt32() is 2 or 4
                && root.TryGetProperty("id", out var id) && root.TryGetProperty("token", out var token))
            {
                var channel = root.TryGetProperty("channel_id", out var c) ? c.GetString() ?? "" : "";
                var app = root.TryGetProperty("application_id", out var a) ? a.GetString() ?? "" : "";
                emulator.Rest.Register(new EmulatedInteraction(id.GetString()!, token.GetString()!, app, type.GetInt32(), channel, emulator.Options.Time.GetUtcNow()));
            }
        }
        catch (JsonException)
        {
            // Garbage is sent on purpose in some tests; nothing to register.
        }
    }
}

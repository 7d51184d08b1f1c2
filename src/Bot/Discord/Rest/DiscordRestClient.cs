using System.Globalization;
using System.Text.Json;
using Bot.Discord.Rendering;

namespace Bot.Discord.Rest;

/// <summary>
/// The REST calls the bot makes (names after Discord.Net's <c>DiscordRestClient</c> / interaction methods).
/// Every call goes through <see cref="DiscordRestTransport"/> (auth, User-Agent, rate limits, retries).
/// </summary>
public sealed class DiscordRestClient
{
    private readonly DiscordRestTransport transport;

    internal DiscordRestClient(DiscordRestTransport transport) => this.transport = transport;

    public bool IsUnauthorized => transport.IsUnauthorized;

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(new DiscordRequest(HttpMethod.Get, "gateway/bot", "GET /gateway/bot", ""), cancellationToken).ConfigureAwait(false);
        return Deserialize<GatewayBotInfo>(response, "GET /gateway/bot");
    }

    public Task BulkOverwriteGlobalCommands(ulong applicationId, IReadOnlyList<ApplicationCommandProperties> commands, CancellationToken cancellationToken) =>
        transport.SendAsync(
            new DiscordRequest(HttpMethod.Put, $"applications/{Id(applicationId)}/commands", "PUT /applications/{application}/commands", "", DiscordJson.Serialize(commands)),
            cancellationToken);

    public Task BulkOverwriteGuildCommands(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommandProperties> commands, CancellationToken cancellationToken) =>
        transport.SendAsync(
            new DiscordRequest(HttpMethod.Put, $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", "PUT /applications/{application}/guilds/{guild}/commands", Id(guildId), DiscordJson.Serialize(commands)),
            cancellationToken);

    /// <summary><c>POST /channels/{channel}/messages</c> (Discord.Net's <c>SendMessageAsync</c>).</summary>
    public async Task<DiscordMessageResponse> SendMessageAsync(ulong channelId, MessageProperties message, CancellationToken cancellationToken)
    {
        const string route = "POST /channels/{channel}/messages";
        var response = await transport.SendAsync(
            new DiscordRequest(HttpMethod.Post, $"channels/{Id(channelId)}/messages", route, Id(channelId), DiscordJson.Serialize(message)),
            cancellationToken).ConfigureAwait(false);
        return Deserialize<DiscordMessageResponse>(response, route);
    }

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the initial response (types 4, 5, 8). Bypasses the
    /// queue: never behind digest posts, never under the global limit.</summary>
    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        transport.SendAsync(
            new DiscordRequest(
                HttpMethod.Post,
                $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(interactionToken)}/callback",
                "POST /interactions/{interaction}/{token}/callback",
                Id(interactionId),
                DiscordJson.Serialize(response),
                UseBotAuthorization: false,
                IsInteractionCallback: true),
            cancellationToken);

    /// <summary><c>PATCH /webhooks/{application}/{token}/messages/@original</c>: fills in a deferred response.</summary>
    public Task ModifyOriginalResponseAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken) =>
        transport.SendAsync(Webhook(HttpMethod.Patch, applicationId, interactionToken, "/messages/@original", message), cancellationToken);

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken) =>
        transport.SendAsync(Webhook(HttpMethod.Delete, applicationId, interactionToken, "/messages/@original", null), cancellationToken);

    /// <summary><c>POST /webhooks/{application}/{token}</c>: a follow-up message (the second and later parts).</summary>
    public async Task<DiscordMessageResponse> FollowupAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken)
    {
        var request = Webhook(HttpMethod.Post, applicationId, interactionToken, "", message);
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Deserialize<DiscordMessageResponse>(response, request.RouteKey);
    }

    private static DiscordRequest Webhook(HttpMethod method, ulong applicationId, string token, string suffix, MessageProperties? body) =>
        new(
            method,
            $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}{suffix}",
            $"{method.Method} /webhooks/{{application}}/{{token}}{suffix}",
            Id(applicationId) + ":" + token,
            body is null ? null : DiscordJson.Serialize(body),
            UseBotAuthorization: false);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static T Deserialize<T>(DiscordResponse response, string routeKey)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(response.Body, DiscordJson.Options)
                ?? throw new DiscordHttpException(System.Net.HttpStatusCode.BadGateway, null, routeKey, "empty JSON body");
        }
        catch (JsonException exception)
        {
            throw new DiscordHttpException(System.Net.HttpStatusCode.BadGateway, null, routeKey, "malformed JSON body", null, exception);
        }
    }
}

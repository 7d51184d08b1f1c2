namespace Bot.Discord.Rest;

/// <summary>
/// One REST call. <paramref name="RouteKey"/> is the route template with ids replaced ("POST /channels/{channel}/messages")
/// and is what logs and exceptions show; <paramref name="Path"/> holds the real ids (and, for interaction and webhook
/// routes, the interaction token, so it is never logged). <paramref name="MajorParameter"/> keys the rate-limit bucket.
/// </summary>
internal sealed record DiscordRequest(
    HttpMethod Method,
    string Path,
    string RouteKey,
    string MajorParameter,
    byte[]? Body = null,
    bool UseBotAuthorization = true,
    bool IsInteractionCallback = false)
{
    /// <summary>Interaction callbacks and interaction-token webhooks are not under the global 50/s limit.</summary>
    public bool IsExemptFromGlobalLimit => !UseBotAuthorization;
}

internal sealed record DiscordResponse(int StatusCode, byte[] Body);

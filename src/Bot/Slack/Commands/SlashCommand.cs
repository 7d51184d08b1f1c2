using System.Text.Json;

namespace Bot.Slack.Commands;

/// <summary>The slash-command fields we use (SlackNet's <c>SlashCommand</c>); key everything on ids, never names.</summary>
public sealed record SlashCommand(string Command, string Text, string ChannelId, string UserId, string? ResponseUrl, string? TeamId)
{
    /// <summary>"/summary" → "summary".</summary>
    public string Name => Command.TrimStart('/').ToLowerInvariant();

    /// <summary>From a Socket Mode payload (form fields as JSON keys); null when a required field is missing.</summary>
    public static SlashCommand? FromJson(JsonElement payload)
    {
        string? Get(string name) => payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var v)
            && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return Create(Get("command"), Get("text"), Get("channel_id"), Get("user_id"), Get("response_url"), Get("team_id"));
    }

    /// <summary>From an HTTP-mode form body.</summary>
    public static SlashCommand? FromForm(IReadOnlyDictionary<string, string> form)
    {
        string? Get(string name) => form.TryGetValue(name, out var v) ? v : null;
        return Create(Get("command"), Get("text"), Get("channel_id"), Get("user_id"), Get("response_url"), Get("team_id"));
    }

    private static SlashCommand? Create(string? command, string? text, string? channel, string? user, string? responseUrl, string? team) =>
        string.IsNullOrWhiteSpace(command) || !command.StartsWith('/') || string.IsNullOrWhiteSpace(channel) || string.IsNullOrWhiteSpace(user)
            ? null
            : new SlashCommand(command, (text ?? "").Trim(), channel, user, string.IsNullOrWhiteSpace(responseUrl) ? null : responseUrl, team);
}

using System.Globalization;
using System.Text.Json;

namespace Bot.Discord.Interactions;

/// <summary>The fields of an interaction object (the <c>d</c> of INTERACTION_CREATE, or an HTTP body) that the
/// adapter uses. Everything in it came from the network: option values are untrusted text.</summary>
internal sealed record ParsedInteraction(
    ulong Id,
    string Token,
    ulong ApplicationId,
    int Type,
    string CommandName,
    IReadOnlyDictionary<string, string> Options,
    string? FocusedOption,
    string ChannelId,
    string? ThreadId,
    string UserId)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int Autocomplete = 4;

    /// <summary>Reads an interaction; null (with a reason) when a required field is missing or malformed.</summary>
    public static ParsedInteraction? TryParse(JsonElement d, out string error)
    {
        error = "";
        try
        {
            if (d.ValueKind != JsonValueKind.Object)
            {
                error = "not an object";
                return null;
            }

            var type = d.GetProperty("type").GetInt32();
            var id = Snowflake(d, "id");
            var token = d.GetProperty("token").GetString() ?? throw new FormatException("token");
            var applicationId = Snowflake(d, "application_id");
            if (type == Ping)
            {
                return new(id, token, applicationId, type, "", new Dictionary<string, string>(), null, "", null, "");
            }

            var data = d.GetProperty("data");
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            string? focused = null;
            if (data.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                ReadOptions(list, options, ref focused);
            }

            var (channel, thread) = Where(d);
            var user = d.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object ? member.GetProperty("user") : d.GetProperty("user");
            return new(id, token, applicationId, type, data.GetProperty("name").GetString() ?? "", options, focused, channel, thread, user.GetProperty("id").GetString() ?? "");
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            error = exception.GetType().Name;
            return null;
        }
    }

    // Subcommands nest their options; our commands have none, but a flattened read is harmless.
    private static void ReadOptions(JsonElement list, Dictionary<string, string> options, ref string? focused)
    {
        foreach (var option in list.EnumerateArray())
        {
            var name = option.GetProperty("name").GetString() ?? "";
            if (option.TryGetProperty("options", out var nested) && nested.ValueKind == JsonValueKind.Array)
            {
                ReadOptions(nested, options, ref focused);
                continue;
            }

            if (!option.TryGetProperty("value", out var value))
            {
                continue;
            }

            options[name] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };
            if (option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True)
            {
                focused = name;
            }
        }
    }

    /// <summary>Threads (channel types 10, 11, 12) are a conversation inside their parent channel.</summary>
    private static (string Channel, string? Thread) Where(JsonElement d)
    {
        var channelId = d.GetProperty("channel_id").GetString() ?? throw new FormatException("channel_id");
        if (d.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
            && channel.TryGetProperty("type", out var type) && type.GetInt32() is 10 or 11 or 12
            && channel.TryGetProperty("parent_id", out var parent) && parent.GetString() is { Length: > 0 } parentId)
        {
            return (parentId, channelId);
        }

        return (channelId, null);
    }

    private static ulong Snowflake(JsonElement d, string name) =>
        ulong.Parse(d.GetProperty(name).GetString() ?? throw new FormatException(name), NumberStyles.None, CultureInfo.InvariantCulture);
}

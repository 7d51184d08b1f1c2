using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Emulators.Discord;

/// <summary>A message the emulator accepted, with the mentions Discord would have resolved from it under its
/// <c>allowed_mentions</c> (brief §5.2) — what would actually have pinged someone.</summary>
public sealed record EmulatedMessage(
    string Id,
    string ChannelId,
    string Source,
    string? InteractionId,
    string? Content,
    JsonElement Embeds,
    int Flags,
    string? Nonce,
    bool MentionEveryone,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<string> MentionRoles)
{
    public const string Channel = "channel";
    public const string Callback = "callback";
    public const string Original = "original";
    public const string Followup = "followup";

    public int EmbedCount => Embeds.ValueKind == JsonValueKind.Array ? Embeds.GetArrayLength() : 0;

    /// <summary>Title, descriptions, field texts and footers of every embed, then the content: all the text a user sees.</summary>
    public string AllText
    {
        get
        {
            var parts = new List<string?> { Content };
            if (Embeds.ValueKind == JsonValueKind.Array)
            {
                foreach (var embed in Embeds.EnumerateArray())
                {
                    parts.Add(Get(embed, "title"));
                    parts.Add(Get(embed, "description"));
                    if (embed.TryGetProperty("footer", out var footer))
                    {
                        parts.Add(Get(footer, "text"));
                    }

                    if (embed.TryGetProperty("fields", out var fields))
                    {
                        parts.AddRange(fields.EnumerateArray().SelectMany(f => new[] { Get(f, "name"), Get(f, "value") }));
                    }
                }
            }

            return string.Join('\n', parts.Where(p => p is not null));
        }
    }

    internal static string? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public override string ToString() => $"{Source} message {Id} in {ChannelId}: {EmbedCount} embed(s), content {Content?.Length ?? 0} chars";
}

/// <summary>Builds stored messages and the message objects returned by REST.</summary>
internal static partial class MessageFactory
{
    /// <summary>Resolves mentions as Discord does: only from <c>content</c> (embeds never ping), only the kinds
    /// <c>allowed_mentions.parse</c> allows, defaulting to everything for channel messages and to users for
    /// interactions and webhooks.</summary>
    public static EmulatedMessage Create(string id, string channelId, string source, string? interactionId, JsonElement body)
    {
        var content = EmulatedMessage.Get(body, "content");
        var embeds = body.TryGetProperty("embeds", out var e) && e.ValueKind == JsonValueKind.Array ? e.Clone() : JsonDocument.Parse("[]").RootElement.Clone();
        var flags = body.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 0;
        var nonce = body.TryGetProperty("nonce", out var n) ? n.ToString() : null;
        string[] parse = source == EmulatedMessage.Channel ? ["users", "roles", "everyone"] : ["users"];
        var users = new List<string>();
        var roles = new List<string>();
        if (body.TryGetProperty("allowed_mentions", out var allowed) && allowed.ValueKind == JsonValueKind.Object)
        {
            parse = allowed.TryGetProperty("parse", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
            users.AddRange(Ids(allowed, "users"));
            roles.AddRange(Ids(allowed, "roles"));
        }

        var text = content ?? "";
        var everyone = parse.Contains("everyone") && (text.Contains("@everyone", StringComparison.Ordinal) || text.Contains("@here", StringComparison.Ordinal));
        var mentioned = UserMention().Matches(text).Select(m => m.Groups[1].Value).Where(u => parse.Contains("users") || users.Contains(u)).Distinct().ToArray();
        var mentionedRoles = RoleMention().Matches(text).Select(m => m.Groups[1].Value).Where(r => parse.Contains("roles") || roles.Contains(r)).Distinct().ToArray();
        return new EmulatedMessage(id, channelId, source, interactionId, content, embeds, flags, nonce, everyone, mentioned, mentionedRoles);
    }

    public static string ToJson(EmulatedMessage message, DiscordEmulatorOptions options, TimeProvider time)
    {
        var json = new JsonObject
        {
            ["id"] = message.Id,
            ["channel_id"] = message.ChannelId,
            ["type"] = message.Source == EmulatedMessage.Channel ? 0 : 20,
            ["content"] = message.Content ?? "",
            ["embeds"] = JsonNode.Parse(message.Embeds.GetRawText()),
            ["attachments"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["author"] = new JsonObject { ["id"] = options.BotUserId, ["username"] = "newsdigest", ["discriminator"] = "0", ["global_name"] = null, ["avatar"] = null, ["bot"] = true },
            ["timestamp"] = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = message.MentionEveryone,
            ["mentions"] = new JsonArray(message.Mentions.Select(u => (JsonNode?)new JsonObject { ["id"] = u }).ToArray()),
            ["mention_roles"] = new JsonArray(message.MentionRoles.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["pinned"] = false,
            ["flags"] = message.Flags,
        };
        if (message.Nonce is not null)
        {
            json["nonce"] = message.Nonce;
        }

        if (message.Source != EmulatedMessage.Channel)
        {
            json["webhook_id"] = options.ApplicationId;
            json["application_id"] = options.ApplicationId;
        }

        return json.ToJsonString();
    }

    private static IEnumerable<string> Ids(JsonElement allowed, string name) =>
        allowed.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(x => x.GetString() ?? "") : [];

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"<@&(\d+)>")]
    private static partial Regex RoleMention();
}

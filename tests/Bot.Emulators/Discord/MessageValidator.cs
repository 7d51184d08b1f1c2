using System.Text.Json;

namespace Bot.Emulators.Discord;

/// <summary>
/// Discord's message limits (brief §5.1, §5.3), counted in Unicode code points after trimming: content 2000,
/// 10 embeds, title 256, description 4096, 25 fields, field name/value 256/1024, footer 2048, author 256, and
/// 6000 across all embeds of a message; flags limited to what the endpoint allows; nonce ≤ 25 characters.
/// </summary>
public static class MessageValidator
{
    public const int ContentMax = 2000;

    /// <summary>Flags a channel message may carry (never EPHEMERAL).</summary>
    public static readonly int[] ChannelFlags = [4, 4096, 8192, 32768];

    /// <summary>Flags of a callback type 4 or a follow-up.</summary>
    public static readonly int[] InteractionFlags = [4, 64, 4096, 8192, 32768];

    /// <summary>Flags of a PATCH to @original.</summary>
    public static readonly int[] EditFlags = [4, 32768];

    public static int CodePoints(string? text) => text is null ? 0 : text.Trim().EnumerateRunes().Count();

    /// <summary>Validates a message body; <paramref name="requireContent"/> is false for edits.</summary>
    public static FormErrors Validate(JsonElement body, IReadOnlyCollection<int> allowedFlags, bool requireContent = true)
    {
        var errors = new FormErrors();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return errors;
        }

        var content = body.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        errors.MaxLength("content", CodePoints(content), ContentMax);
        var embedCount = 0;
        if (body.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            embedCount = embeds.GetArrayLength();
            ValidateEmbeds(embeds, errors);
        }

        if (body.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Number)
        {
            var value = flags.GetInt32();
            var allowed = allowedFlags.Aggregate(0, (a, b) => a | b);
            if ((value & ~allowed) != 0)
            {
                errors.Add("flags", "MESSAGE_FLAGS_INVALID", $"Flags {value} are not allowed here.");
            }
        }

        if (body.TryGetProperty("nonce", out var nonce) && nonce.ValueKind == JsonValueKind.String)
        {
            errors.MaxLength("nonce", nonce.GetString()!.Length, 25);
        }

        ValidateAllowedMentions(body, errors);
        if (requireContent && string.IsNullOrWhiteSpace(content) && embedCount == 0)
        {
            errors.Add("", "50006", "Cannot send an empty message");
        }

        return errors;
    }

    private static void ValidateEmbeds(JsonElement embeds, FormErrors errors)
    {
        errors.MaxLength("embeds", embeds.GetArrayLength(), 10);
        var total = 0;
        var index = 0;
        foreach (var embed in embeds.EnumerateArray())
        {
            var path = $"embeds.{index++}";
            total += Field(embed, "title", 256, $"{path}.title", errors);
            total += Field(embed, "description", 4096, $"{path}.description", errors);
            if (embed.TryGetProperty("url", out var url) && (url.GetString() is not { } u || u.Length > 2048 || !u.StartsWith("http", StringComparison.Ordinal)))
            {
                errors.Add($"{path}.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
            }

            if (embed.TryGetProperty("footer", out var footer))
            {
                total += Field(footer, "text", 2048, $"{path}.footer.text", errors);
            }

            if (embed.TryGetProperty("author", out var author))
            {
                total += Field(author, "name", 256, $"{path}.author.name", errors);
            }

            if (embed.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
            {
                errors.MaxLength($"{path}.fields", fields.GetArrayLength(), 25);
                var f = 0;
                foreach (var field in fields.EnumerateArray())
                {
                    var name = Field(field, "name", 256, $"{path}.fields.{f}.name", errors);
                    var value = Field(field, "value", 1024, $"{path}.fields.{f}.value", errors);
                    if (name == 0 || value == 0)
                    {
                        errors.Add($"{path}.fields.{f}", "BASE_TYPE_REQUIRED", "This field is required");
                    }

                    total += name + value;
                    f++;
                }
            }
        }

        if (total > 6000)
        {
            errors.Add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }
    }

    private static int Field(JsonElement parent, string name, int max, string path, FormErrors errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return 0;
        }

        var length = CodePoints(value.GetString());
        errors.MaxLength(path, length, max);
        return length;
    }

    private static void ValidateAllowedMentions(JsonElement body, FormErrors errors)
    {
        if (!body.TryGetProperty("allowed_mentions", out var mentions) || mentions.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (!mentions.TryGetProperty("parse", out var parse) || parse.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var kind in parse.EnumerateArray().Select(p => p.GetString()))
        {
            if (kind is not ("users" or "roles" or "everyone"))
            {
                errors.Add("allowed_mentions.parse", "ENUM_TYPE_COERCE", $"Value \"{kind}\" is not a valid enum value.");
            }
            else if (kind is "users" or "roles" && mentions.TryGetProperty(kind, out _))
            {
                errors.Add("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", $"parse:[\"{kind}\"] and {kind}: [ids] are mutually exclusive.");
            }
        }
    }
}

using System.Text.Json.Nodes;

namespace Bot.Emulators.Slack;

/// <summary>
/// Slack's documented Block Kit limits (brief §5.1), reported the way Slack does: <c>invalid_blocks</c> with
/// <c>[ERROR] … [json-pointer:/blocks/N/…]</c> messages, and <c>msg_blocks_too_long</c> over the cumulative limit.
/// </summary>
public static class BlockKitValidator
{
    private static readonly HashSet<string> KnownTypes = ["header", "section", "context", "divider", "rich_text", "markdown", "image", "actions"];

    /// <summary>Null when valid, else (error, messages).</summary>
    public static (string Error, List<string> Messages)? Validate(JsonArray blocks, int cumulativeLimit)
    {
        var messages = new List<string>();
        if (blocks.Count > 50)
        {
            messages.Add($"[ERROR] no more than 50 items allowed [json-pointer:/blocks]");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var at = $"/blocks/{i}";
            if (blocks[i] is not JsonObject block || block["type"]?.GetValue<string>() is not { } type || !KnownTypes.Contains(type))
            {
                messages.Add($"[ERROR] unsupported type [json-pointer:{at}/type]");
                continue;
            }

            if (block["block_id"]?.GetValue<string>() is { } id && (id.Length > 255 || !ids.Add(id)))
            {
                messages.Add($"[ERROR] invalid or duplicate block_id [json-pointer:{at}/block_id]");
            }

            total += CheckBlock(type, block, at, messages);
        }

        if (messages.Count > 0)
        {
            return ("invalid_blocks", messages);
        }

        return total > cumulativeLimit ? ("msg_blocks_too_long", [$"[ERROR] total block text {total} over {cumulativeLimit}"]) : null;
    }

    private static int CheckBlock(string type, JsonObject block, string at, List<string> messages)
    {
        switch (type)
        {
            case "header":
                return Text(block["text"], $"{at}/text", 150, messages, plainOnly: true, required: true);
            case "section":
                var length = Text(block["text"], $"{at}/text", 3000, messages, plainOnly: false, required: block["fields"] is null);
                if (block["fields"] is JsonArray fields)
                {
                    if (fields.Count > 10)
                    {
                        messages.Add($"[ERROR] no more than 10 items allowed [json-pointer:{at}/fields]");
                    }

                    for (var f = 0; f < fields.Count; f++)
                    {
                        length += Text(fields[f], $"{at}/fields/{f}", 2000, messages, plainOnly: false, required: true);
                    }
                }

                return length;
            case "context":
                if (block["elements"] is not JsonArray elements || elements.Count is 0 or > 10)
                {
                    messages.Add($"[ERROR] must have 1 to 10 elements [json-pointer:{at}/elements]");
                    return 0;
                }

                return elements.Select((e, n) => Text(e, $"{at}/elements/{n}", 3000, messages, plainOnly: false, required: true)).Sum();
            default:
                return 0;
        }
    }

    private static int Text(JsonNode? node, string at, int max, List<string> messages, bool plainOnly, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                messages.Add($"[ERROR] missing required field: text [json-pointer:{at}]");
            }

            return 0;
        }

        var kind = node["type"]?.GetValue<string>();
        var text = node["text"]?.GetValue<string>() ?? "";
        if (kind is not ("plain_text" or "mrkdwn") || (plainOnly && kind != "plain_text"))
        {
            messages.Add($"[ERROR] must be a valid enum value [json-pointer:{at}/type]");
        }

        if (text.Length == 0 || text.Length > max)
        {
            messages.Add($"[ERROR] must be between 1 and {max} characters [json-pointer:{at}/text]");
        }

        return text.Length;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Emulators.OpenAi;

/// <summary>The wire format of the chat-completions API: reading requests, writing completions and errors.</summary>
internal static class ChatCompletionJson
{
    public static RecordedChatRequest? ReadRequest(string body, string? authorization, out string? problem)
    {
        problem = null;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            problem = "We could not parse the JSON body of your request.";
            return null;
        }

        if (root is not JsonObject request || request["model"] is not JsonValue model || request["messages"] is not JsonArray { Count: > 0 } messages)
        {
            problem = "The request needs a 'model' and a non-empty 'messages' array.";
            return null;
        }

        if (request["stream"] is JsonValue stream && stream.GetValueKind() == JsonValueKind.True)
        {
            problem = "This server does not stream.";
            return null;
        }

        var recorded = messages.OfType<JsonObject>()
            .Select(m => new RecordedMessage(m["role"]?.GetValue<string>() ?? string.Empty, ContentOf(m["content"])))
            .ToList();
        var maxTokens = request["max_completion_tokens"] ?? request["max_tokens"];
        return new RecordedChatRequest(
            authorization,
            model.GetValue<string>(),
            recorded,
            maxTokens?.GetValue<int>(),
            request["response_format"]?["type"]?.GetValue<string>(),
            body);
    }

    public static string Completion(string model, string content, int promptTokens, int completionTokens, long created) =>
        new JsonObject
        {
            ["id"] = "chatcmpl-" + created.ToString(CultureInfo.InvariantCulture),
            ["object"] = "chat.completion",
            ["created"] = created,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                ["logprobs"] = null,
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        }.ToJsonString();

    public static string Error(string message, string type, string? code) =>
        new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = null, ["code"] = code },
        }.ToJsonString();

    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.OfType<JsonObject>().Select(p => p["text"]?.GetValue<string>() ?? string.Empty)),
        _ => string.Empty,
    };
}

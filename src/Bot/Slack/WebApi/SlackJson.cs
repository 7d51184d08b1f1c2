using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Slack.WebApi;

/// <summary>Slack's wire JSON: snake_case names, nulls left out, enums as snake_case strings.</summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}

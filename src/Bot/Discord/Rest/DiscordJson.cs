using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Rest;

/// <summary>Discord's JSON style: snake_case names, optional fields left out (null fields that must be sent
/// as null say so with <see cref="JsonIgnoreCondition.Never"/>).</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}

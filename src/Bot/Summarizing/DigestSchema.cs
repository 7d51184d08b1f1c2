using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Bot.Summarizing;

/// <summary>The JSON schema of the answer (structured output), written so strict mode accepts it: every property
/// required, no others allowed.</summary>
internal static class DigestSchema
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "tldr": { "type": "string" },
            "bullets": { "type": "array", "items": { "type": "string" } },
            "sections": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "index": { "type": "integer" },
                  "bullets": { "type": "array", "items": { "type": "string" } }
                },
                "required": ["index", "bullets"],
                "additionalProperties": false
              }
            }
          },
          "required": ["tldr", "bullets", "sections"],
          "additionalProperties": false
        }
        """;

    private static readonly JsonElement Element = JsonDocument.Parse(Schema).RootElement.Clone();

    public static ChatResponseFormat Format(string responseFormat) =>
        responseFormat == "json_object"
            ? ChatResponseFormat.Json
            : ChatResponseFormat.ForJsonSchema(Element, "news_digest", "A news article's digest: TL;DR, bullets and per-section bullets.");
}

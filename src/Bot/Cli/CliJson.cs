using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bot.Cli;

/// <summary>The serializer context the CLI writes with: relaxed escaping, so "’" stays "’" rather than "\u2019"
/// (the output is a terminal or a file, never HTML).</summary>
internal static class CliJson
{
    public static readonly CliJsonContext Context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

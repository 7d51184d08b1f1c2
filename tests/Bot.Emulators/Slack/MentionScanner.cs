using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Emulators.Slack;

/// <summary>
/// Flags what would notify people in Slack: an unescaped <c>&lt;!here&gt;</c>, <c>&lt;!channel&gt;</c>,
/// <c>&lt;!everyone&gt;</c>, <c>&lt;!subteam^…&gt;</c> or <c>&lt;@U…&gt;</c> anywhere in a message's text, and
/// <c>link_names</c>/<c>parse: full</c>, which turn a plain <c>@channel</c> into a broadcast.
/// </summary>
public static partial class MentionScanner
{
    public static IEnumerable<Violation> Scan(string where, JsonObject message)
    {
        if (message["link_names"] is JsonValue linkNames && linkNames.ToString() is "true" or "1")
        {
            yield return new Violation(where, "link_names is set");
        }

        if (message["parse"]?.ToString() == "full")
        {
            yield return new Violation(where, "parse=full is set");
        }

        foreach (var (path, text) in Strings(message, ""))
        {
            foreach (Match m in Mention().Matches(text))
            {
                yield return new Violation(where, $"unescaped mention {m.Value} at {path}");
            }
        }
    }

    private static IEnumerable<(string Path, string Text)> Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    foreach (var s in Strings(value, $"{path}/{key}"))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var s in Strings(a[i], $"{path}/{i}"))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text) && path.EndsWith("/text", StringComparison.Ordinal):
                yield return (path, text);
                break;
        }
    }

    [GeneratedRegex(@"<(?:!here|!channel|!everyone|!subteam\^[^>]*|@[UWB][A-Z0-9]+|#C[A-Z0-9]+)[^>]*>")]
    private static partial Regex Mention();
}

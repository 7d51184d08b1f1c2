using System.Net;
using System.Text;
using System.Text.Json;

namespace Bot.Discord.Rest;

/// <summary>
/// A REST call Discord refused (Discord.Net's <c>HttpException</c>). The message names the route template and
/// Discord's code, never the path (interaction tokens live in paths) nor the bot token.
/// </summary>
public sealed class DiscordHttpException : Exception
{
    public DiscordHttpException()
    {
    }

    public DiscordHttpException(string message)
        : base(message)
    {
    }

    public DiscordHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DiscordHttpException(HttpStatusCode httpCode, int? discordCode, string routeKey, string reason, string? errors = null, Exception? inner = null)
        : base(Describe(httpCode, discordCode, routeKey, reason, errors), inner)
    {
        HttpCode = httpCode;
        DiscordCode = discordCode;
        RouteKey = routeKey;
        Reason = reason;
        Errors = errors;
    }

    public HttpStatusCode HttpCode { get; }

    /// <summary>Discord's JSON error code (10062 unknown interaction, 40060 already acknowledged, 50035 invalid form body...).</summary>
    public int? DiscordCode { get; }

    public string RouteKey { get; } = "";

    public string Reason { get; } = "";

    /// <summary>The 50035 field errors flattened to "path: CODE message" lines.</summary>
    public string? Errors { get; }

    internal static DiscordHttpException FromResponse(int status, byte[] body, string routeKey)
    {
        int? code = null;
        var reason = "(no JSON body)";
        string? errors = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("code", out var c) && c.TryGetInt32(out var value))
                {
                    code = value;
                }

                reason = root.TryGetProperty("message", out var m) ? m.GetString() ?? reason : reason;
                if (root.TryGetProperty("errors", out var e))
                {
                    errors = FlattenErrors(e);
                }
            }
        }
        catch (JsonException)
        {
            // Cloudflare and proxies answer HTML; the status says enough.
        }

        return new DiscordHttpException((HttpStatusCode)status, code, routeKey, reason, errors);
    }

    private static string FlattenErrors(JsonElement errors)
    {
        var lines = new StringBuilder();
        Walk(errors, "", lines);
        return lines.ToString().TrimEnd('\n');

        static void Walk(JsonElement node, string path, StringBuilder lines)
        {
            if (node.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in node.EnumerateObject())
            {
                if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var error in property.Value.EnumerateArray())
                    {
                        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                        var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                        lines.Append(path.Length == 0 ? "(body)" : path).Append(": ").Append(code).Append(' ').Append(message).Append('\n');
                    }
                }
                else
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, lines);
                }
            }
        }
    }

    private static string Describe(HttpStatusCode httpCode, int? discordCode, string routeKey, string reason, string? errors)
    {
        var code = discordCode is { } c ? $" (code {c})" : "";
        var detail = string.IsNullOrEmpty(errors) ? "" : $" [{errors.Replace('\n', ';')}]";
        return $"Discord {routeKey} answered {(int)httpCode}{code}: {reason}{detail}";
    }
}

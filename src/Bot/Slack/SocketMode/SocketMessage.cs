using System.Text.Json;

namespace Bot.Slack.SocketMode;

/// <summary>A Socket Mode message from Slack (SlackNet's <c>SocketMessage</c>), tagged with the socket it came on.</summary>
public abstract record SocketMessage(int SocketId);

/// <summary>The first message on every connection; the connection is usable only after it.</summary>
public sealed record Hello(int SocketId, int NumConnections, string? AppId, int? ApproximateConnectionTime) : SocketMessage(SocketId);

/// <summary><c>warning</c>, <c>refresh_requested</c>, <c>link_disabled</c>, <c>too_many_websockets</c>, ...</summary>
public sealed record Disconnect(int SocketId, string Reason) : SocketMessage(SocketId);

/// <summary>An envelope to acknowledge within 3 s: <c>slash_commands</c>, <c>events_api</c>, <c>interactive</c>.</summary>
public sealed record SocketEnvelope(
    int SocketId,
    string EnvelopeId,
    string Type,
    bool AcceptsResponsePayload,
    int RetryAttempt,
    string? RetryReason,
    JsonElement Payload) : SocketMessage(SocketId);

/// <summary>What goes back: <c>{"envelope_id":…}</c> plus an optional payload Slack acts on.</summary>
public sealed record Acknowledgement(string EnvelopeId, object? Payload = null);

internal static class SocketMessageParser
{
    /// <summary>Parses one complete text message; null when it is not JSON or has no recognisable shape.</summary>
    public static SocketMessage? Parse(int socketId, ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var doc = JsonDocument.Parse(utf8.ToArray());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var type = String(root, "type");
            if (String(root, "envelope_id") is { Length: > 0 } envelopeId)
            {
                return new SocketEnvelope(
                    socketId,
                    envelopeId,
                    type ?? "",
                    root.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True,
                    root.TryGetProperty("retry_attempt", out var r) && r.TryGetInt32(out var attempt) ? attempt : 0,
                    String(root, "retry_reason"),
                    root.TryGetProperty("payload", out var p) ? p.Clone() : default);
            }

            return type switch
            {
                "hello" => new Hello(
                    socketId,
                    root.TryGetProperty("num_connections", out var n) && n.TryGetInt32(out var count) ? count : 0,
                    root.TryGetProperty("connection_info", out var ci) ? String(ci, "app_id") : null,
                    root.TryGetProperty("debug_info", out var di) && di.ValueKind == JsonValueKind.Object
                        && di.TryGetProperty("approximate_connection_time", out var t) && t.TryGetInt32(out var seconds) ? seconds : null),
                "disconnect" => new Disconnect(socketId, String(root, "reason") ?? ""),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

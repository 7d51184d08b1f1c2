using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>The client → server payloads (brief §1.5, §1.6, §1.9). They carry the raw token: never log them.</summary>
internal static class GatewayPayloads
{
    /// <summary>GUILDS only: INTERACTION_CREATE needs no intent, and privileged intents would get 4014.</summary>
    public const int Intents = 1;

    public static byte[] Heartbeat(long? sequence) => Write(writer =>
    {
        writer.WriteNumber("op", GatewayOpCode.Heartbeat);
        if (sequence is { } s)
        {
            writer.WriteNumber("d", s);
        }
        else
        {
            writer.WriteNull("d");
        }
    });

    public static byte[] Identify(string token) => Write(writer =>
    {
        writer.WriteNumber("op", GatewayOpCode.Identify);
        writer.WriteStartObject("d");
        writer.WriteString("token", token);
        writer.WriteNumber("intents", Intents);
        writer.WriteStartObject("properties");
        writer.WriteString("os", OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux");
        writer.WriteString("browser", "newsdigest");
        writer.WriteString("device", "newsdigest");
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(writer =>
    {
        writer.WriteNumber("op", GatewayOpCode.Resume);
        writer.WriteStartObject("d");
        writer.WriteString("token", token);
        writer.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            writer.WriteNumber("seq", s);
        }
        else
        {
            writer.WriteNull("seq");
        }

        writer.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}

using System.Text.Json;

namespace Bot.Emulators.Discord;

public enum FrameDirection
{
    ToClient,
    FromClient,
}

/// <summary>One gateway frame, either way. <see cref="Json"/> is the whole payload; <see cref="Data"/> its <c>d</c>.</summary>
public sealed record RecordedFrame(int ConnectionId, FrameDirection Direction, int Op, string? Type, long? Sequence, string Json, TimeSpan At)
{
    public JsonElement Data
    {
        get
        {
            using var document = JsonDocument.Parse(Json);
            return document.RootElement.TryGetProperty("d", out var d) ? d.Clone() : default;
        }
    }

    public override string ToString() => $"#{ConnectionId} {Direction} op {Op} {Type} s={Sequence} @{At.TotalMilliseconds:0}ms";
}

/// <summary>A gateway connection opening or closing. <see cref="CloseCode"/> is the code the client sent
/// (null for a dropped socket); <see cref="Path"/> is "/" for the gateway URL and "/resume" for resume_gateway_url.</summary>
public sealed record RecordedConnection(int ConnectionId, string Path, string Query, bool Closed, int? CloseCode, bool ClosedByServer, TimeSpan At)
{
    public override string ToString() => $"#{ConnectionId} {Path}{Query} {(Closed ? $"closed {CloseCode} by {(ClosedByServer ? "server" : "client")}" : "opened")}";
}

/// <summary>One REST request with the emulator's answer. <see cref="Route"/> is one of <see cref="Routes"/>.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Route,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    string Body,
    int Status,
    string ResponseBody,
    TimeSpan At)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    public override string ToString() => $"{Method} {Route} -> {Status} @{At.TotalMilliseconds:0}ms";
}

/// <summary>Route names used by <see cref="RecordedRequest.Route"/> and fault injection.</summary>
public static class Routes
{
    public const string GatewayBot = "gateway/bot";
    public const string Gateway = "gateway";
    public const string GlobalCommands = "commands";
    public const string GuildCommands = "guild-commands";
    public const string Messages = "messages";
    public const string Callback = "callback";
    public const string Original = "original";
    public const string Followup = "followup";
    public const string Unknown = "unknown";
}

using System.Text.Json.Nodes;

namespace Bot.Emulators.Slack;

/// <summary>Something the emulator saw or did, in order, for test assertions.</summary>
public abstract record SlackRecord;

public sealed record ConnectionOpened(int SocketId, int NumConnections) : SlackRecord;

public sealed record ConnectionClosed(int SocketId) : SlackRecord;

public sealed record EnvelopeSent(int SocketId, string EnvelopeId, string Type, int RetryAttempt) : SlackRecord;

/// <summary>An ack as received: the socket it came on, its payload (null for an empty ack), real time since sending.</summary>
public sealed record RecordedAck(int SocketId, string EnvelopeId, JsonObject? Payload, TimeSpan Elapsed, bool Late) : SlackRecord;

/// <summary>No ack within the deadline (slash commands: the user sees operation_timeout).</summary>
public sealed record DeadlineMissed(string EnvelopeId, string Type) : SlackRecord;

/// <summary>A Web API call: the method, how it was sent and what Slack answered. The token itself is not kept.</summary>
public sealed record ApiCall(string Method, string? ContentType, string TokenKind, JsonObject? Body, DateTimeOffset At, int Status, string? Error) : SlackRecord;

/// <summary>A message chat.postMessage accepted.</summary>
public sealed record PostedMessage(string Channel, string Ts, string? Text, JsonArray? Blocks, JsonObject Request) : SlackRecord;

/// <summary>A POST to a slash command's response_url.</summary>
public sealed record ResponseUrlPost(string EnvelopeId, JsonObject Body, int Status) : SlackRecord;

/// <summary>A rule broken by the bot: an unescaped mention, link_names, an invalid block. Tests expect none.</summary>
public sealed record Violation(string Where, string What) : SlackRecord;

using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Discord;

/// <summary>
/// Discord's gateway (brief §1 and §10): HELLO, heartbeats and ACKs, IDENTIFY (token, intents, shard, identify
/// limits) → READY + GUILD_CREATE, RESUME with replay → RESUMED, invalid sessions, close codes, payload limits.
/// Sessions survive a non-1000/1001 close so they can be resumed; the resume URL has its own path ("/resume")
/// so tests can tell which URL the client used.
/// </summary>
public sealed class EmulatedGateway
{
    private readonly DiscordEmulator emulator;
    private readonly EmulatedGatewayHandshake handshake;
    private int nextConnectionId;

    internal EmulatedGateway(DiscordEmulator emulator)
    {
        this.emulator = emulator;
        handshake = new EmulatedGatewayHandshake(emulator);
    }

    public Recording<RecordedConnection> Connections { get; } = new();

    /// <summary>The most recent connection.</summary>
    public EmulatedGatewayConnection? Current { get; private set; }

    /// <summary>Drop the TCP connection instead of answering this many RESUMEs (resume circuit-breaker tests).</summary>
    public int DropResumes
    {
        get => handshake.DropResumes;
        set => handshake.DropResumes = value;
    }

    /// <summary>Set false to stop answering heartbeats (zombie detection tests).</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    public int IdentifyRemaining => handshake.IdentifyRemaining;

    public EmulatedSession? CurrentSession => handshake.CurrentSession;

    /// <summary>Sends a dispatch in the current session (buffered for replay if the client is away).</summary>
    public async Task<long> DispatchAsync(string type, JsonNode? data)
    {
        var session = CurrentSession ?? throw new InvalidOperationException("No gateway session: the client has not identified.");
        var (sequence, json) = session.Next(s => EmulatedGatewayConnection.Frame(0, data, s, type));
        if (session.Connection is { } connection)
        {
            await connection.SendAsync(json).ConfigureAwait(false);
        }

        return sequence;
    }

    public Task SendReconnectAsync() => RequireCurrent().SendAsync(EmulatedGatewayConnection.Frame(7, null));

    public Task RequestHeartbeatAsync() => RequireCurrent().SendAsync(EmulatedGatewayConnection.Frame(1, null));

    public Task SendInvalidSessionAsync(bool resumable)
    {
        var connection = RequireCurrent();
        if (!resumable && connection.Session is { } session)
        {
            session.Invalidated = true;
        }

        return connection.SendAsync(EmulatedGatewayConnection.Frame(9, resumable));
    }

    /// <summary>Closes the current connection with a gateway close code; codes after which the session cannot
    /// be resumed (4007, 4009, the fatal ones) end the session too.</summary>
    public Task CloseAsync(int code)
    {
        var connection = RequireCurrent();
        if (code is 4007 or 4009 or 4004 or (>= 4010 and <= 4014) && connection.Session is { } session)
        {
            session.Invalidated = true;
        }

        return connection.CloseAsync(code);
    }

    /// <summary>Drops TCP under the current connection (no close frame): the session stays resumable.</summary>
    public void Drop() => RequireCurrent().Drop();

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var path = context.Request.Path.HasValue && context.Request.Path.Value != "" ? context.Request.Path.Value! : "/";
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new EmulatedGatewayConnection(Interlocked.Increment(ref nextConnectionId), path, socket, context, this);
        Current = connection;
        Connections.Add(new RecordedConnection(connection.Id, path, context.Request.QueryString.Value ?? "", false, null, false, emulator.Elapsed));
        try
        {
            if (context.Request.Query["v"] != "10")
            {
                await connection.CloseAsync(4012, "Invalid API version").ConfigureAwait(false);
            }
            else if (context.Request.Query["encoding"] != "json")
            {
                await connection.CloseAsync(4002, "Only json encoding is emulated").ConfigureAwait(false);
            }
            else
            {
                var hello = new JsonObject { ["heartbeat_interval"] = emulator.Options.HeartbeatIntervalMs, ["_trace"] = new JsonArray("gateway-emulator") };
                await connection.SendAsync(EmulatedGatewayConnection.Frame(10, hello)).ConfigureAwait(false);
            }

            await ReceiveLoopAsync(connection).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Dropped: recorded below like any other end.
        }
        finally
        {
            Ended(connection);
        }
    }

    internal void RecordFrame(EmulatedGatewayConnection connection, FrameDirection direction, string json)
    {
        var (op, type, sequence) = Peek(json);
        emulator.Frames.Add(new RecordedFrame(connection.Id, direction, op, type, sequence, json, emulator.Elapsed));
    }

    private static (int Op, string? Type, long? Sequence) Peek(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var op = root.TryGetProperty("op", out var o) && o.TryGetInt32(out var value) ? value : -1;
            var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
            return (op, type, sequence);
        }
        catch (JsonException)
        {
            return (-1, null, null);
        }
    }

    private EmulatedGatewayConnection RequireCurrent() => Current ?? throw new InvalidOperationException("No gateway connection yet.");

    private void Ended(EmulatedGatewayConnection connection)
    {
        var code = connection.ClientCloseCode;
        if (connection.Session is { } session)
        {
            if (!connection.ClosedByServer && code is 1000 or 1001)
            {
                session.Invalidated = true; // a clean client close ends the session (brief §1.5)
            }

            if (session.Connection == connection)
            {
                session.Connection = null;
            }
        }

        Connections.Add(new RecordedConnection(connection.Id, connection.Path, "", true, connection.ClosedByServer ? null : code, connection.ClosedByServer, emulator.Elapsed));
    }

    private async Task ReceiveLoopAsync(EmulatedGatewayConnection connection)
    {
        while (true)
        {
            var (text, bytes) = await connection.ReceiveAsync(4096).ConfigureAwait(false);
            if (text is null)
            {
                if (bytes > 0)
                {
                    await connection.CloseAsync(4002, "Payload too large").ConfigureAwait(false);
                    continue;
                }

                return;
            }

            RecordFrame(connection, FrameDirection.FromClient, text);
            if (connection.ClosedByServer)
            {
                continue; // closing: read until the client goes
            }

            if (OverSendLimit(connection))
            {
                await connection.CloseAsync(4008, "Rate limited").ConfigureAwait(false);
                continue;
            }

            await HandleAsync(connection, text).ConfigureAwait(false);
        }
    }

    private bool OverSendLimit(EmulatedGatewayConnection connection)
    {
        var now = emulator.Options.Time.GetUtcNow();
        connection.Received.Enqueue(now);
        while (connection.Received.Count > 0 && now - connection.Received.Peek() > TimeSpan.FromSeconds(60))
        {
            connection.Received.Dequeue();
        }

        return connection.Received.Count > 120;
    }

    private async Task HandleAsync(EmulatedGatewayConnection connection, string text)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await connection.CloseAsync(4002, "Decode error").ConfigureAwait(false);
            return;
        }

        var op = root.TryGetProperty("op", out var o) && o.TryGetInt32(out var value) ? value : -1;
        var data = root.TryGetProperty("d", out var d) ? d : default;
        switch (op)
        {
            case 1:
                if (AcknowledgeHeartbeats)
                {
                    await connection.SendAsync(EmulatedGatewayConnection.Frame(11, null)).ConfigureAwait(false);
                }

                break;
            case 2:
                await handshake.IdentifyAsync(connection, data).ConfigureAwait(false);
                break;
            case 6:
                await handshake.ResumeAsync(connection, data).ConfigureAwait(false);
                break;
            case 3 or 4 or 8 or 31 or 43:
                if (connection.Session is null)
                {
                    await connection.CloseAsync(4003, "Not authenticated").ConfigureAwait(false);
                }

                break;
            default:
                await connection.CloseAsync(4001, "Unknown opcode").ConfigureAwait(false);
                break;
        }
    }

}

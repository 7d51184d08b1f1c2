using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Slack;

/// <summary>
/// Slack's Socket Mode side: single-use tickets from apps.connections.open, hello on accept, at most
/// <see cref="SlackEmulatorOptions.MaxConnections"/> sockets, envelopes to one socket each, acks tracked against the
/// deadline (events redelivered with retry_attempt when missed), disconnect reasons, and link_disabled.
/// </summary>
public sealed class SocketModeHub(SlackEmulatorOptions options, SlackRecorder recorder, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, byte> tickets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, EmulatedSocket> open = new();
    private readonly ConcurrentDictionary<string, Pending> pending = new(StringComparer.Ordinal);
    private int nextSocketId;
    private volatile bool linkDisabled;

    public bool LinkDisabled => linkDisabled;

    /// <summary>Runs after a socket is accepted and before its hello: lets a test act "during the switch".</summary>
    public Func<EmulatedSocket, Task>? BeforeHello { get; set; }

    /// <summary>Open sockets, oldest first.</summary>
    public IReadOnlyList<EmulatedSocket> OpenSockets => [.. open.Values.Where(s => s.IsOpen).OrderBy(s => s.Id)];

    public EmulatedSocket Socket(int id) => open.TryGetValue(id, out var s) ? s : throw new InvalidOperationException($"socket {id} is not open");

    internal string NewTicket()
    {
        var ticket = Guid.NewGuid().ToString("N");
        tickets[ticket] = 0;
        return ticket;
    }

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !tickets.TryRemove(context.Request.Query["ticket"].ToString(), out _))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var ws = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var socket = new EmulatedSocket(Interlocked.Increment(ref nextSocketId), ws);
        if (linkDisabled || open.Count >= options.MaxConnections)
        {
            await socket.SendAsync(Disconnect(linkDisabled ? "link_disabled" : "too_many_websockets")).ConfigureAwait(false);
            await socket.CloseAsync().ConfigureAwait(false);
            await socket.ReceiveAsync(_ => { }, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        open[socket.Id] = socket;
        recorder.Add(new ConnectionOpened(socket.Id, open.Count));
        if (BeforeHello is { } beforeHello)
        {
            await beforeHello(socket).ConfigureAwait(false);
        }

        await socket.SendAsync(Hello(open.Count)).ConfigureAwait(false);
        using var lifetime = ScheduleLifetime(socket);
        await socket.ReceiveAsync(message => OnClientMessage(socket, message), context.RequestAborted).ConfigureAwait(false);
        open.TryRemove(socket.Id, out _);
        recorder.Add(new ConnectionClosed(socket.Id));
    }

    /// <summary>Sends an envelope to <paramref name="to"/> (default: the newest open socket) and starts its ack deadline.</summary>
    public async Task DeliverAsync(JsonObject envelope, EmulatedSocket? to = null)
    {
        var sockets = OpenSockets;
        var target = to ?? (sockets.Count > 0 ? sockets[^1] : null) ?? throw new InvalidOperationException("no open Socket Mode connection");
        var id = envelope["envelope_id"]!.GetValue<string>();
        var type = envelope["type"]!.GetValue<string>();
        var attempt = envelope["retry_attempt"]?.GetValue<int>() ?? 0;
        var timer = time.CreateTimer(_ => OnDeadline(id), null, options.AckDeadline, Timeout.InfiniteTimeSpan);
        pending[id] = new Pending(envelope, Stopwatch.GetTimestamp(), timer);
        recorder.Add(new EnvelopeSent(target.Id, id, type, attempt));
        await target.SendAsync(envelope).ConfigureAwait(false);
    }

    public static Task DisconnectAsync(EmulatedSocket socket, string reason) => socket.SendAsync(Disconnect(reason));

    /// <summary>Socket Mode switched off in the app settings: every socket is told and closed; opening fails.</summary>
    public async Task DisableLinkAsync()
    {
        linkDisabled = true;
        foreach (var socket in OpenSockets)
        {
            await socket.SendAsync(Disconnect("link_disabled")).ConfigureAwait(false);
            await socket.CloseAsync().ConfigureAwait(false);
        }
    }

    public void EnableLink() => linkDisabled = false;

    private void OnClientMessage(EmulatedSocket socket, JsonObject message)
    {
        if (message["envelope_id"]?.GetValue<string>() is not { } id)
        {
            recorder.Add(new Violation($"socket {socket.Id}", "message without envelope_id: " + message.ToJsonString()));
            return;
        }

        foreach (var key in message.Select(kv => kv.Key).Where(k => k is not ("envelope_id" or "payload")))
        {
            recorder.Add(new Violation($"ack {id}", $"unexpected ack field '{key}'"));
        }

        var elapsed = TimeSpan.Zero;
        if (pending.TryRemove(id, out var p))
        {
            p.Timer.Dispose();
            elapsed = Stopwatch.GetElapsedTime(p.SentAt);
        }

        var payload = message["payload"] as JsonObject;
        if (payload is not null)
        {
            foreach (var violation in MentionScanner.Scan($"ack {id}", payload))
            {
                recorder.Add(violation);
            }

            if (payload["blocks"] is JsonArray blocks && BlockKitValidator.Validate(blocks, options.CumulativeBlockTextLimit) is { } invalid)
            {
                recorder.Add(new Violation($"ack {id}", $"{invalid.Error}: {string.Join("; ", invalid.Messages)}"));
            }
        }

        recorder.Add(new RecordedAck(socket.Id, id, payload, elapsed, elapsed > options.AckDeadline));
    }

    private void OnDeadline(string id)
    {
        if (!pending.TryRemove(id, out var p))
        {
            return;
        }

        p.Timer.Dispose();
        var type = p.Envelope["type"]!.GetValue<string>();
        recorder.Add(new DeadlineMissed(id, type));
        var attempt = p.Envelope["retry_attempt"]?.GetValue<int>() ?? 0;
        if (type == "events_api" && options.RedeliverUnackedEvents && attempt < 3 && OpenSockets.Count > 0)
        {
            var retry = p.Envelope.DeepClone().AsObject();
            retry["retry_attempt"] = attempt + 1;
            retry["retry_reason"] = "timeout";
            _ = DeliverAsync(retry, OpenSockets[(attempt + 1) % OpenSockets.Count]);
        }
    }

    private ITimer? ScheduleLifetime(EmulatedSocket socket)
    {
        if (options.ConnectionLifetime is not { } lifetime)
        {
            return null;
        }

        var step = 0;
        ITimer? timer = null;
        timer = time.CreateTimer(
            _ =>
            {
                step++;
                _ = step switch
                {
                    1 => DisconnectAsync(socket, "warning"),
                    2 => DisconnectAsync(socket, "refresh_requested"),
                    _ => socket.CloseAsync(),
                };
                timer?.Change(step switch { 1 => TimeSpan.FromSeconds(10), 2 => TimeSpan.FromSeconds(5), _ => Timeout.InfiniteTimeSpan }, Timeout.InfiniteTimeSpan);
            },
            null,
            lifetime - TimeSpan.FromSeconds(10),
            Timeout.InfiniteTimeSpan);
        return timer;
    }

    private static JsonObject Hello(int connections) => new()
    {
        ["type"] = "hello",
        ["num_connections"] = connections,
        ["connection_info"] = new JsonObject { ["app_id"] = SlackEmulator.AppId },
        ["debug_info"] = new JsonObject { ["host"] = "applink-emulator", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
    };

    private static JsonObject Disconnect(string reason) => new()
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "wss-emulator" },
    };

    private sealed record Pending(JsonObject Envelope, long SentAt, ITimer Timer);
}

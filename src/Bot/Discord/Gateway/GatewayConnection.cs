using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// One gateway WebSocket, from connect to close. The receive loop only parses frames and hands dispatches to a
/// bounded channel; heartbeats run on their own timer; all sends are serialised. Closing to resume uses code 4000
/// (1000/1001 would end the session); only a deliberate shutdown closes with 1000.
/// </summary>
internal sealed class GatewayConnection(
    string token,
    GatewaySession session,
    ChannelWriter<GatewayDispatch> dispatches,
    DiscordTuning tuning,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    private const WebSocketCloseStatus Resumable = (WebSocketCloseStatus)4000;

    private readonly GatewaySocket socket = new(time);
    private Heartbeater? heartbeater;
    private ConnectionResult? requestedEnd;
    private bool ready;

    public TimeSpan? Latency => heartbeater?.Latency;

    /// <summary>READY or RESUMED arrived on this connection.</summary>
    public bool IsReady => Volatile.Read(ref ready);

    public async Task<ConnectionResult> RunAsync(Uri url, bool resume, CancellationToken stopping)
    {
        using (var connectTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), time))
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(stopping, connectTimeout.Token))
        {
            try
            {
                await socket.ConnectAsync(url, connecting.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return End(GatewayAction.Stopped, null, "stopping");
            }
            catch (Exception exception) when (exception is WebSocketException or HttpRequestException or OperationCanceledException)
            {
                return ConnectionResult.Failed("connect failed: " + exception.GetType().Name);
            }
        }

        using var stop = stopping.Register(static state => ((GatewayConnection)state!).BeginShutdown(), this);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                if (!await socket.ReceiveAsync(buffer).ConfigureAwait(false))
                {
                    return requestedEnd ?? OnServerClose();
                }

                if (await HandleFrameAsync(buffer.WrittenMemory, resume).ConfigureAwait(false) is { } end)
                {
                    return end;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            return requestedEnd ?? End(GatewayAction.Resume, null, "connection dropped");
        }
        finally
        {
            heartbeater?.Dispose();
        }
    }

    public void Dispose()
    {
        heartbeater?.Dispose();
        socket.Dispose();
    }

    private ConnectionResult End(GatewayAction action, int? code, string reason) => new(action, code, reason, Ready: ready);

    private ConnectionResult OnServerClose()
    {
        var code = socket.CloseStatus;
        return End(GatewayCloseCodes.Classify(code), code, GatewayCloseCodes.Describe(code));
    }

    private async Task<ConnectionResult?> HandleFrameAsync(ReadOnlyMemory<byte> frame, bool resume)
    {
        var receivedAt = time.GetTimestamp();
        try
        {
            using var document = JsonDocument.Parse(frame);
            var root = document.RootElement;
            var op = root.GetProperty("op").GetInt32();
            switch (op)
            {
                case GatewayOpCode.Dispatch:
                    OnDispatch(root, receivedAt);
                    return null;
                case GatewayOpCode.HeartbeatAck:
                    heartbeater?.Acknowledge();
                    return null;
                case GatewayOpCode.Heartbeat:
                    await SendHeartbeatAsync().ConfigureAwait(false);
                    return null;
                case GatewayOpCode.Hello:
                    await OnHelloAsync(root.GetProperty("d"), resume).ConfigureAwait(false);
                    return null;
                case GatewayOpCode.Reconnect:
                    DiscordLog.GatewayReconnectRequested(logger);
                    return await CloseForAsync(End(GatewayAction.Resume, null, "op 7 reconnect")).ConfigureAwait(false);
                case GatewayOpCode.InvalidSession:
                    var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                    DiscordLog.GatewayInvalidSession(logger, resumable);
                    if (!resumable)
                    {
                        session.Clear();
                    }

                    return await CloseForAsync(End(resumable ? GatewayAction.Resume : GatewayAction.Reidentify, null, "op 9 invalid session")).ConfigureAwait(false);
                default:
                    return null;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            DiscordLog.MalformedGatewayFrame(logger, frame.Length, exception.GetType().Name);
            return null;
        }
    }

    private async Task OnHelloAsync(JsonElement hello, bool resume)
    {
        var interval = TimeSpan.FromMilliseconds(hello.GetProperty("heartbeat_interval").GetDouble());
        heartbeater?.Dispose();
        heartbeater = new Heartbeater(time, interval, tuning.HeartbeatJitter(), SendHeartbeatAsync, OnZombie);
        heartbeater.Start();
        DiscordLog.GatewayHello(logger, interval.TotalMilliseconds, heartbeater.FirstBeatDelay.TotalMilliseconds, resume);
        if (resume && session.SessionId is { } id)
        {
            await SendAsync(GatewayPayloads.Resume(token, id, session.Sequence)).ConfigureAwait(false);
        }
        else
        {
            await SendAsync(GatewayPayloads.Identify(token)).ConfigureAwait(false);
        }
    }

    private void OnDispatch(JsonElement root, long receivedAt)
    {
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
        {
            session.Track(s.GetInt64());
        }

        var type = root.TryGetProperty("t", out var t) ? t.GetString() : null;
        var data = root.GetProperty("d");
        switch (type)
        {
            case "READY":
                var applicationId = data.TryGetProperty("application", out var app) && ulong.TryParse(app.GetProperty("id").GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var appId) ? appId : (ulong?)null;
                session.Start(data.GetProperty("session_id").GetString()!, data.GetProperty("resume_gateway_url").GetString()!, applicationId);
                ready = true;
                DiscordLog.GatewayReady(logger, applicationId ?? 0, data.TryGetProperty("guilds", out var guilds) ? guilds.GetArrayLength() : 0);
                Hand(new GatewayDispatch(type, data.Clone(), receivedAt));
                break;
            case "RESUMED":
                ready = true;
                session.Resumed();
                DiscordLog.GatewayResumed(logger, session.Sequence ?? 0);
                break;
            case "INTERACTION_CREATE":
                Hand(new GatewayDispatch(type, data.Clone(), receivedAt));
                break;
            default:
                break;
        }
    }

    private void Hand(GatewayDispatch dispatch)
    {
        if (!dispatches.TryWrite(dispatch))
        {
            DiscordLog.DispatchQueueFull(logger, dispatch.Type);
        }
    }

    private Task SendHeartbeatAsync() => SendAsync(GatewayPayloads.Heartbeat(session.Sequence));

    private void OnZombie()
    {
        DiscordLog.GatewayZombie(logger);
        _ = CloseForAsync(End(GatewayAction.Resume, null, "zombie: no heartbeat ACK"));
    }

    private void BeginShutdown() => _ = CloseForAsync(End(GatewayAction.Stopped, null, "stopping"), WebSocketCloseStatus.NormalClosure);

    /// <summary>Records why we end, sends a close frame (4000 keeps the session resumable) and stops reading.</summary>
    private async Task<ConnectionResult> CloseForAsync(ConnectionResult end, WebSocketCloseStatus status = Resumable)
    {
        Interlocked.CompareExchange(ref requestedEnd, end, null);
        heartbeater?.Dispose();
        await socket.CloseAsync(status, end.Reason).ConfigureAwait(false);
        return requestedEnd!;
    }

    private Task SendAsync(byte[] payload) => socket.SendAsync(payload);
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Discord;

/// <summary>One client connection on the emulated gateway: serialised sends, a receive loop, and the hooks
/// tests use to make the server misbehave (close with a code, drop TCP, stop acknowledging).</summary>
public sealed class EmulatedGatewayConnection
{
    private readonly WebSocket socket;
    private readonly HttpContext context;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly EmulatedGateway gateway;

    internal EmulatedGatewayConnection(int id, string path, WebSocket socket, HttpContext context, EmulatedGateway gateway)
    {
        Id = id;
        Path = path;
        this.socket = socket;
        this.context = context;
        this.gateway = gateway;
    }

    public int Id { get; }

    public string Path { get; }

    public EmulatedSession? Session { get; internal set; }

    internal bool ClosedByServer { get; private set; }

    internal Queue<DateTimeOffset> Received { get; } = new();

    public async Task SendAsync(string json)
    {
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
                gateway.RecordFrame(this, FrameDirection.ToClient, json);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away; the receive loop records it.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Closes with <paramref name="code"/> (a gateway close code such as 4000 or 4004).</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        ClosedByServer = true;
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop()
    {
        ClosedByServer = true;
        context.Abort();
    }

    /// <summary>Reads one whole message; null when the client closed or the socket died.</summary>
    internal async Task<(string? Text, int Bytes)> ReceiveAsync(int maxBytes)
    {
        var buffer = new byte[maxBytes + 1];
        var count = 0;
        while (true)
        {
            if (count >= buffer.Length)
            {
                return (null, count); // over the limit
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, -1);
            }

            count += result.Count;
            if (result.EndOfMessage)
            {
                return count > maxBytes ? (null, count) : (Encoding.UTF8.GetString(buffer, 0, count), count);
            }
        }
    }

    internal int? ClientCloseCode => (int?)socket.CloseStatus;

    internal static string Frame(int op, object? data, long? sequence = null, string? type = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["t"] = type, ["s"] = sequence, ["op"] = op, ["d"] = data });
}

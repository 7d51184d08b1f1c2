using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Discord.Gateway;

/// <summary>
/// The WebSocket under one gateway connection: whole messages in (a message can span frames), one send at a time
/// under the 120-a-minute budget, and close frames. <see cref="CloseAsync"/> also stops reading, so a dead server
/// cannot keep the receive loop waiting.
/// </summary>
internal sealed class GatewaySocket(TimeProvider time) : IDisposable
{
    private const int MaxMessageBytes = 8 * 1024 * 1024;
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource life = new();
    private readonly GatewaySendBudget budget = new(time);

    /// <summary>The server's close code once it closed; null when the socket simply died.</summary>
    public int? CloseStatus => (int?)socket.CloseStatus;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => socket.ConnectAsync(url, cancellationToken);

    /// <summary>Reads one whole message into <paramref name="buffer"/>; false when the server sent a close frame.</summary>
    public async Task<bool> ReceiveAsync(ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), life.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException("gateway message over 8 MiB");
            }

            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }

    /// <summary>Sends one text message. A dead socket is not an error here: the receive loop notices and decides.</summary>
    public async Task SendAsync(byte[] payload)
    {
        try
        {
            await sendLock.WaitAsync(life.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }

        try
        {
            await budget.WaitAsync(life.Token).ConfigureAwait(false);
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, life.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // See above.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="status"/> (4000 keeps the session resumable) and stops
    /// reading: at once, or after 2 s for a normal closure so the server can echo it.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            if (await sendLock.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false))
            {
                try
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                        await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    sendLock.Release();
                }
            }

            if (status == WebSocketCloseStatus.NormalClosure)
            {
                life.CancelAfter(TimeSpan.FromSeconds(2));
            }
            else
            {
                await life.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is already gone; the close frame was a courtesy.
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        life.Dispose();
        sendLock.Dispose();
    }
}

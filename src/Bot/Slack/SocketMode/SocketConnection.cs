using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: a receive loop that joins fragmented frames into whole messages, one sender at a time
/// (<see cref="ClientWebSocket"/> allows no concurrent sends), a hello gate and an idle watchdog.
/// Messages are handed to <paramref name="onMessage"/> on the receive loop, which must return quickly.
/// </summary>
internal sealed class SocketConnection(
    int id,
    SocketModeConnectionOptions options,
    Action<SocketMessage> onMessage,
    Action<SocketConnection> onIdle,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource<Hello> hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private ITimer? idleTimer;
    private Task receiving = Task.CompletedTask;

    public int Id { get; } = id;

    /// <summary>Completes with the hello, or fails if the socket closes (or says disconnect) first.</summary>
    public Task<Hello> Hello => hello.Task;

    /// <summary>Completes when the receive loop has ended (closed by either side, or aborted).</summary>
    public Task Completion => receiving;

    public bool IsOpen => socket.State == WebSocketState.Open;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        socket.Options.KeepAliveInterval = options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = options.KeepAliveTimeout;
        await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        idleTimer = time.CreateTimer(_ => onIdle(this), null, options.IdleTimeout, Timeout.InfiniteTimeSpan);
        receiving = Task.Run(() => ReceiveLoopAsync(stop.Token), CancellationToken.None);
    }

    /// <summary>Sends one whole text message; concurrent callers queue on a semaphore.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Sends our close frame (1000) and keeps reading until Slack's close arrives or the timeout passes.</summary>
    public async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(options.CloseTimeout, time);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", timeout.Token).ConfigureAwait(false);
                await receiving.WaitAsync(options.CloseTimeout, time).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException)
        {
            SlackLog.CloseTimedOut(logger, Id);
        }
        finally
        {
            socket.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        socket.Abort();
        await receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (idleTimer is not null)
        {
            await idleTimer.DisposeAsync().ConfigureAwait(false);
        }

        socket.Dispose();
        sendLock.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        var oversized = false;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    SlackLog.SocketClosedByPeer(logger, Id, (int?)socket.CloseStatus ?? 0);
                    break;
                }

                idleTimer?.Change(options.IdleTimeout, Timeout.InfiniteTimeSpan);
                if (result.MessageType == WebSocketMessageType.Text && !oversized)
                {
                    message.Write(buffer.AsSpan(0, result.Count));
                    oversized = message.WrittenCount > options.MaxMessageBytes;
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (oversized)
                {
                    SlackLog.OversizedMessage(logger, Id, options.MaxMessageBytes);
                }
                else if (result.MessageType == WebSocketMessageType.Text)
                {
                    Dispatch(message.WrittenSpan);
                }

                message.Clear();
                oversized = false;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            SlackLog.SocketFailed(logger, Id, e.GetType().Name);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            hello.TrySetException(new SocketClosedBeforeHelloException(null));
        }
    }

    private void Dispatch(ReadOnlySpan<byte> utf8)
    {
        var parsed = SocketMessageParser.Parse(Id, utf8);
        switch (parsed)
        {
            case null:
                SlackLog.MalformedMessage(logger, Id, utf8.Length);
                return;
            case Hello h:
                hello.TrySetResult(h);
                break;
            case Disconnect d when !hello.Task.IsCompleted:
                hello.TrySetException(new SocketClosedBeforeHelloException(d.Reason));
                break;
        }

        onMessage(parsed);
    }
}

/// <summary>The socket ended (or Slack sent <c>disconnect</c> with <see cref="Reason"/>) before its hello.</summary>
internal sealed class SocketClosedBeforeHelloException(string? reason)
    : Exception(reason is null ? "The socket closed before hello." : $"Slack sent disconnect ({reason}) before hello.")
{
    public string? Reason { get; } = reason;
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Emulators.Slack;

/// <summary>Slack's end of one Socket Mode connection: sends hello/envelopes/disconnects, reads acks.</summary>
public sealed class EmulatedSocket(int id, WebSocket socket)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Id { get; } = id;

    /// <summary>Completes when the connection has ended (either side closed it, or it broke).</summary>
    public Task Closed => closed.Task;

    public bool IsOpen => socket.State == WebSocketState.Open && !closed.Task.IsCompleted;

    internal WebSocket Socket => socket;

    /// <summary>Drops the TCP connection without a close frame (a broken link).</summary>
    public void Abort() => socket.Abort();

    public Task SendAsync(JsonObject message) => SendRawAsync(message.ToJsonString());

    /// <summary>Sends any text (malformed JSON included) as one message split over two frames.</summary>
    public async Task SendRawAsync(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            // Two frames for anything sizeable: the client must join fragments.
            var half = bytes.Length > 64 ? bytes.Length / 2 : bytes.Length;
            await socket.SendAsync(bytes.AsMemory(0, half), WebSocketMessageType.Text, half == bytes.Length, CancellationToken.None).ConfigureAwait(false);
            if (half < bytes.Length)
            {
                await socket.SendAsync(bytes.AsMemory(half), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            sendLock.Release();
        }
    }

    public async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // already gone
        }
    }

    /// <summary>Reads whole messages until the client closes; each parsed JSON object goes to <paramref name="onMessage"/>.</summary>
    internal async Task ReceiveAsync(Action<JsonObject> onMessage, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
                    }

                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    if (JsonNode.Parse(message.ToArray()) is JsonObject json)
                    {
                        onMessage(json);
                    }

                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or System.Text.Json.JsonException)
        {
            // the connection ended; recorded by the caller
        }
        finally
        {
            closed.TrySetResult();
        }
    }
}

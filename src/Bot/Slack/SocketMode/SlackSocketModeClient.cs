using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.SocketMode;

/// <summary>
/// Keeps one logical Socket Mode connection alive without losing envelopes (brief §1.7): on <c>warning</c>,
/// <c>refresh_requested</c> or a silent socket it opens the replacement and waits for its hello BEFORE closing the old
/// one, and both keep delivering until the old one has closed. <c>link_disabled</c> and bad tokens stop it for good;
/// <c>too_many_websockets</c> backs off; everything else reconnects with jittered, capped back-off reset on hello.
/// </summary>
public sealed class SlackSocketModeClient(
    ISlackApiClient appLevelClient,
    SocketModeConnectionOptions options,
    TimeProvider time,
    ILogger<SlackSocketModeClient> logger) : ISlackSocketModeClient
{
    private static readonly HashSet<string> Unrecoverable =
        ["not_authed", "invalid_auth", "account_inactive", "token_revoked", "user_removed_from_team", "team_disabled", "not_allowed_token_type", "link_disabled"];

    private readonly ConcurrentDictionary<int, SocketConnection> live = new();
    private readonly Channel<Signal> signals = Channel.CreateUnbounded<Signal>();
    private volatile SocketConnection? current;
    private int nextId;

    internal ReconnectPolicy Policy { get; init; } = new();

    public bool Connected => current is { IsOpen: true, Hello.IsCompletedSuccessfully: true };

    public async Task RunAsync(Action<SocketEnvelope> onEnvelope, CancellationToken cancellationToken)
    {
        try
        {
            await SuperviseAsync(onEnvelope, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SlackLog.SocketModeStopping(logger);
        }
        finally
        {
            current = null;
            foreach (var connection in live.Values)
            {
                await connection.CloseAsync().ConfigureAwait(false);
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            live.Clear();
        }
    }

    public async Task Send(int socketId, Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new AckFrame(acknowledgement.EnvelopeId, acknowledgement.Payload), SlackJson.Options);
        var target = live.TryGetValue(socketId, out var delivering) && delivering.IsOpen ? delivering : current;
        if (target is null)
        {
            SlackLog.NoSocketForAck(logger, acknowledgement.EnvelopeId);
            return;
        }

        try
        {
            await target.SendAsync(json, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException) when (current is { IsOpen: true } newest && newest != target)
        {
            await newest.SendAsync(json, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SuperviseAsync(Action<SocketEnvelope> onEnvelope, CancellationToken cancellationToken)
    {
        while (true)
        {
            current ??= await ConnectAsync(onEnvelope, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return; // fatal, logged where it happened
            }

            var signal = await signals.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var connection = signal.Connection;
            var isCurrent = connection == current;
            switch (signal)
            {
                case { Reason: "link_disabled" or "socket_mode_disabled" }:
                    SlackLog.LinkDisabled(logger, signal.Reason);
                    return;
                case { Reason: "too_many_websockets" }:
                    await RetireAsync(connection).ConfigureAwait(false);
                    if (isCurrent)
                    {
                        current = null;
                        var delay = Policy.TooManyWebsocketsDelay();
                        SlackLog.TooManyWebsockets(logger, delay.TotalSeconds);
                        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case { Reason: "warning" or "refresh_requested" or "idle" } when isCurrent:
                    SlackLog.Replacing(logger, connection.Id, signal.Reason);
                    var replacement = await ConnectAsync(onEnvelope, cancellationToken).ConfigureAwait(false);
                    current = replacement;
                    _ = RetireAsync(connection);
                    if (replacement is null)
                    {
                        return;
                    }

                    break;
                case { Reason: "closed" } when isCurrent:
                    SlackLog.ConnectionLost(logger, connection.Id);
                    current = null;
                    await RetireAsync(connection).ConfigureAwait(false);
                    await DelayBeforeReconnectAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case { Reason: "closed" }:
                    await RetireAsync(connection).ConfigureAwait(false);
                    break;
                default:
                    break; // a second warning from an old socket, or a signal from a socket already retired
            }
        }
    }

    /// <summary>apps.connections.open → WebSocket → hello, retried with back-off; null when the failure is fatal.</summary>
    private async Task<SocketConnection?> ConnectAsync(Action<SocketEnvelope> onEnvelope, CancellationToken cancellationToken)
    {
        while (true)
        {
            SocketConnection? connection = null;
            try
            {
                var opened = await appLevelClient.AppsConnectionsApi.Open(cancellationToken).ConfigureAwait(false);
                var url = new Uri(options.DebugReconnects ? opened.Url + "&debug_reconnects=true" : opened.Url!);
                connection = NewConnection(onEnvelope);
                SlackLog.Connecting(logger, connection.Id);
                await connection.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
                live[connection.Id] = connection;
                var hello = await connection.Hello.WaitAsync(options.HelloTimeout, time, cancellationToken).ConfigureAwait(false);
                Policy.Reset();
                SlackLog.Connected(logger, connection.Id, hello.NumConnections);
                return connection;
            }
            catch (SlackException e) when (Unrecoverable.Contains(e.ErrorCode))
            {
                SlackLog.OpenFailedFatally(logger, e.ErrorCode);
                return null;
            }
            catch (SocketClosedBeforeHelloException e) when (e.Reason is "link_disabled" or "socket_mode_disabled")
            {
                SlackLog.LinkDisabled(logger, e.Reason);
                await DiscardAsync(connection).ConfigureAwait(false);
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await DiscardAsync(connection).ConfigureAwait(false);
                if (e is SocketClosedBeforeHelloException { Reason: "too_many_websockets" })
                {
                    var delay = Policy.TooManyWebsocketsDelay();
                    SlackLog.TooManyWebsockets(logger, delay.TotalSeconds);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                SlackLog.ConnectFailed(logger, (e as SlackException)?.ErrorCode ?? e.GetType().Name);
                await DelayBeforeReconnectAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private SocketConnection NewConnection(Action<SocketEnvelope> onEnvelope)
    {
        SocketConnection? self = null;
        self = new SocketConnection(
            Interlocked.Increment(ref nextId),
            options,
            message =>
            {
                switch (message)
                {
                    case SocketEnvelope envelope:
                        onEnvelope(envelope);
                        break;
                    case Disconnect d:
                        SlackLog.DisconnectReceived(logger, d.SocketId, d.Reason);
                        signals.Writer.TryWrite(new Signal(self!, d.Reason));
                        break;
                }
            },
            idle =>
            {
                SlackLog.SocketIdle(logger, idle.Id, options.IdleTimeout.TotalSeconds);
                signals.Writer.TryWrite(new Signal(idle, "idle"));
            },
            time,
            logger);
        _ = self.Hello.ContinueWith(
            _ => self.Completion.ContinueWith(_ => signals.Writer.TryWrite(new Signal(self, "closed")), TaskScheduler.Default),
            TaskScheduler.Default);
        return self;
    }

    private async Task DelayBeforeReconnectAsync(CancellationToken cancellationToken)
    {
        var delay = Policy.NextDelay();
        SlackLog.ReconnectDelay(logger, delay.TotalMilliseconds, Policy.Attempts);
        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
    }

    private async Task RetireAsync(SocketConnection connection)
    {
        if (live.TryRemove(connection.Id, out _))
        {
            await connection.CloseAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            SlackLog.ConnectionRetired(logger, connection.Id);
        }
    }

    private async Task DiscardAsync(SocketConnection? connection)
    {
        if (connection is not null)
        {
            live.TryRemove(connection.Id, out _);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Something the supervisor must react to: a disconnect reason, "idle" or "closed".</summary>
    private sealed record Signal(SocketConnection Connection, string Reason);

    private sealed record AckFrame(string EnvelopeId, object? Payload);
}

namespace Bot.Slack.SocketMode;

/// <summary>Socket Mode (SlackNet's <c>ISlackSocketModeClient</c> / <c>ICoreSocketModeClient</c>, with a Task-based run loop).</summary>
public interface ISlackSocketModeClient
{
    /// <summary>True while a connection has said hello.</summary>
    bool Connected { get; }

    /// <summary>Connects and stays connected (zero-loss refresh, back-off) until cancelled or a fatal disconnect
    /// (<c>link_disabled</c>, bad token). Envelopes go to <paramref name="onEnvelope"/> on the receive loop: it must
    /// only hand them on.</summary>
    Task RunAsync(Action<SocketEnvelope> onEnvelope, CancellationToken cancellationToken);

    /// <summary>Sends an ack on the socket that delivered the envelope, or on the newest open one if that one closed.</summary>
    Task Send(int socketId, Acknowledgement acknowledgement, CancellationToken cancellationToken);
}

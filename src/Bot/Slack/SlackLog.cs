using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>Slack log messages, event ids 2000–2999. Ids, reasons and counts only: never tokens or message bodies.</summary>
internal static partial class SlackLog
{
    // 2000–2029: Socket Mode connections
    [LoggerMessage(2001, LogLevel.Debug, "Slack socket {SocketId}: opening a Socket Mode connection")]
    public static partial void Connecting(ILogger logger, int socketId);

    [LoggerMessage(2002, LogLevel.Information, "Slack socket {SocketId}: connected (hello; {NumConnections} connection(s) open for the app)")]
    public static partial void Connected(ILogger logger, int socketId, int numConnections);

    [LoggerMessage(2003, LogLevel.Information, "Slack socket {SocketId}: disconnect requested by Slack ({Reason})")]
    public static partial void DisconnectReceived(ILogger logger, int socketId, string reason);

    [LoggerMessage(2004, LogLevel.Information, "Slack socket {SocketId}: opening its replacement before closing it ({Reason})")]
    public static partial void Replacing(ILogger logger, int socketId, string reason);

    [LoggerMessage(2005, LogLevel.Debug, "Slack socket {SocketId}: closed and disposed")]
    public static partial void ConnectionRetired(ILogger logger, int socketId);

    [LoggerMessage(2006, LogLevel.Critical, "Slack Socket Mode is disabled for this app ({Reason}): Slack stops here. Turn Socket Mode back on in the app settings and restart the bot.")]
    public static partial void LinkDisabled(ILogger logger, string? reason);

    [LoggerMessage(2007, LogLevel.Warning, "Slack says the app has too many WebSocket connections; waiting {Seconds:F0} s before trying again (other bot instances count too)")]
    public static partial void TooManyWebsockets(ILogger logger, double seconds);

    [LoggerMessage(2008, LogLevel.Information, "Slack: reconnecting in {DelayMs:F0} ms (attempt {Attempt})")]
    public static partial void ReconnectDelay(ILogger logger, double delayMs, int attempt);

    [LoggerMessage(2009, LogLevel.Warning, "Slack: could not connect ({Error})")]
    public static partial void ConnectFailed(ILogger logger, string error);

    [LoggerMessage(2010, LogLevel.Critical, "Slack rejected the app-level token ({Error}): Slack stops here. Check Slack:AppToken (xapp-, scope connections:write).")]
    public static partial void OpenFailedFatally(ILogger logger, string error);

    [LoggerMessage(2011, LogLevel.Information, "Slack socket {SocketId}: nothing received for {Seconds:F0} s; replacing it")]
    public static partial void SocketIdle(ILogger logger, int socketId, double seconds);

    [LoggerMessage(2012, LogLevel.Warning, "Slack socket {SocketId}: connection lost; reconnecting")]
    public static partial void ConnectionLost(ILogger logger, int socketId);

    [LoggerMessage(2013, LogLevel.Debug, "Slack socket {SocketId}: closed by Slack (status {Status})")]
    public static partial void SocketClosedByPeer(ILogger logger, int socketId, int status);

    [LoggerMessage(2014, LogLevel.Debug, "Slack socket {SocketId}: receive ended ({Error})")]
    public static partial void SocketFailed(ILogger logger, int socketId, string error);

    [LoggerMessage(2015, LogLevel.Debug, "Slack socket {SocketId}: no close reply in time; aborted")]
    public static partial void CloseTimedOut(ILogger logger, int socketId);

    [LoggerMessage(2016, LogLevel.Information, "Slack Socket Mode stopping")]
    public static partial void SocketModeStopping(ILogger logger);

    [LoggerMessage(2017, LogLevel.Warning, "Slack socket {SocketId}: unreadable message ({Bytes} bytes) ignored")]
    public static partial void MalformedMessage(ILogger logger, int socketId, int bytes);

    [LoggerMessage(2018, LogLevel.Warning, "Slack socket {SocketId}: message over {MaxBytes} bytes dropped")]
    public static partial void OversizedMessage(ILogger logger, int socketId, int maxBytes);

    // 2030–2059: envelopes, commands, acks
    [LoggerMessage(2030, LogLevel.Debug, "Slack envelope {EnvelopeId} ({Type}) on socket {SocketId}, retry {RetryAttempt}")]
    public static partial void EnvelopeReceived(ILogger logger, string envelopeId, string type, int socketId, int retryAttempt);

    [LoggerMessage(2031, LogLevel.Information, "Slack delivery {DeliveryId} already handled (retry {RetryAttempt}); acked and skipped")]
    public static partial void DuplicateEnvelope(ILogger logger, string deliveryId, int retryAttempt);

    [LoggerMessage(2032, LogLevel.Debug, "Slack envelope {EnvelopeId} ({Type}) acked; nothing to do for it")]
    public static partial void EnvelopeIgnored(ILogger logger, string envelopeId, string type);

    [LoggerMessage(2033, LogLevel.Information, "Slack command /{Command} in {ChannelId} (delivery {DeliveryId})")]
    public static partial void CommandReceived(ILogger logger, string deliveryId, string command, string channelId);

    [LoggerMessage(2034, LogLevel.Warning, "Slack delivery {DeliveryId}: the command payload is missing fields; answered with an error")]
    public static partial void MalformedCommand(ILogger logger, string deliveryId);

    [LoggerMessage(2035, LogLevel.Debug, "Slack delivery {DeliveryId} acked (with reply: {WithPayload}) after {ElapsedMs:F1} ms")]
    public static partial void Acked(ILogger logger, string deliveryId, bool withPayload, double elapsedMs);

    [LoggerMessage(2036, LogLevel.Warning, "Slack delivery {DeliveryId}: no answer after {DelayMs:F0} ms; acked empty so Slack's 3 s deadline holds")]
    public static partial void SafetyNetAck(ILogger logger, string deliveryId, double delayMs);

    [LoggerMessage(2037, LogLevel.Error, "Slack delivery {DeliveryId}: ack or reply failed ({Error})")]
    public static partial void AckFailed(ILogger logger, string deliveryId, string error);

    [LoggerMessage(2038, LogLevel.Warning, "Slack envelope {EnvelopeId}: no open socket to ack on")]
    public static partial void NoSocketForAck(ILogger logger, string envelopeId);

    [LoggerMessage(2039, LogLevel.Warning, "Slack delivery {DeliveryId}: response_url used up or expired; reply part dropped")]
    public static partial void ResponseUrlUnavailable(ILogger logger, string deliveryId);

    [LoggerMessage(2040, LogLevel.Error, "Slack delivery {DeliveryId}: the router's queue is full; answered 'busy'")]
    public static partial void InboundFull(ILogger logger, string deliveryId);

    // 2060–2079: Web API and posting
    [LoggerMessage(2060, LogLevel.Warning, "Slack {Method}: rate limited; retrying after {Seconds:F0} s (retry {Retry})")]
    public static partial void RateLimited(ILogger logger, string method, double seconds, int retry);

    [LoggerMessage(2061, LogLevel.Warning, "Slack {Method}: {Notes}")]
    public static partial void ApiWarnings(ILogger logger, string method, string notes);

    [LoggerMessage(2062, LogLevel.Information, "Slack: joined channel {ChannelId} to post there")]
    public static partial void JoinedChannel(ILogger logger, string channelId);

    [LoggerMessage(2063, LogLevel.Warning, "Slack: cannot join channel {ChannelId} ({Error}); someone must /invite the bot")]
    public static partial void CannotJoin(ILogger logger, string channelId, string error);

    [LoggerMessage(2064, LogLevel.Information, "Slack: posted to {ChannelId} in {Parts} message(s)")]
    public static partial void Posted(ILogger logger, string channelId, int parts);

    [LoggerMessage(2065, LogLevel.Information, "Slack: connected as {UserId} in team {TeamId}")]
    public static partial void Identity(ILogger logger, string userId, string teamId);

    [LoggerMessage(2066, LogLevel.Critical, "Slack rejected the bot token ({Error}): Slack stops here. Check Slack:BotToken (xoxb-) and that the app is installed.")]
    public static partial void BotTokenRejected(ILogger logger, string error);

    [LoggerMessage(2067, LogLevel.Warning, "Slack: auth.test failed ({Error}); continuing")]
    public static partial void IdentityUnavailable(ILogger logger, string error);

    [LoggerMessage(2068, LogLevel.Error, "Slack receivers stopped unexpectedly ({Error})")]
    public static partial void ReceiverFailed(ILogger logger, string error);

    // 2080–2099: HTTP mode
    [LoggerMessage(2080, LogLevel.Information, "Slack HTTP mode listening on port {Port}, path {Path}")]
    public static partial void HttpListening(ILogger logger, int port, string path);

    [LoggerMessage(2081, LogLevel.Warning, "Slack HTTP request rejected: signature check {Result}")]
    public static partial void SignatureRejected(ILogger logger, string result);
}

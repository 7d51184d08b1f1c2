using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>
/// Every Discord log line (event ids 1000–1999). Ids, counts and route templates only: never a token (bot or
/// interaction), a URL path carrying one, or a message body.
/// </summary>
internal static partial class DiscordLog
{
    // 1000–1099 gateway lifecycle
    [LoggerMessage(1000, LogLevel.Information, "Discord gateway: {Shards} shard(s) recommended, {Remaining} identify(s) left today, max concurrency {MaxConcurrency}")]
    public static partial void GatewayDiscovered(ILogger logger, int shards, int remaining, int maxConcurrency);

    [LoggerMessage(1001, LogLevel.Warning, "Discord gateway discovery failed (attempt {Attempt}): {Error}")]
    public static partial void GatewayDiscoveryFailed(ILogger logger, int attempt, string error);

    [LoggerMessage(1002, LogLevel.Debug, "Discord gateway connecting (resume: {Resume})")]
    public static partial void GatewayConnecting(ILogger logger, bool resume);

    [LoggerMessage(1003, LogLevel.Debug, "Discord gateway HELLO: heartbeat every {IntervalMs} ms, first in {FirstBeatMs} ms (resume: {Resume})")]
    public static partial void GatewayHello(ILogger logger, double intervalMs, double firstBeatMs, bool resume);

    [LoggerMessage(1004, LogLevel.Information, "Discord gateway READY: application {ApplicationId}, {Guilds} guild(s)")]
    public static partial void GatewayReady(ILogger logger, ulong applicationId, int guilds);

    [LoggerMessage(1005, LogLevel.Information, "Discord gateway RESUMED at sequence {Sequence}")]
    public static partial void GatewayResumed(ILogger logger, long sequence);

    [LoggerMessage(1006, LogLevel.Information, "Discord gateway connection ended: {Action} ({CloseCode}: {Reason})")]
    public static partial void GatewayConnectionEnded(ILogger logger, string action, int closeCode, string reason);

    [LoggerMessage(1007, LogLevel.Critical, "Discord stopped for good: gateway refused us with {CloseCode} ({Reason}). Not reconnecting; fix the configuration and restart.")]
    public static partial void GatewayFatal(ILogger logger, int closeCode, string reason);

    [LoggerMessage(1008, LogLevel.Information, "Discord asked for a reconnect (op 7)")]
    public static partial void GatewayReconnectRequested(ILogger logger);

    [LoggerMessage(1009, LogLevel.Information, "Discord invalid session (op 9, resumable: {Resumable})")]
    public static partial void GatewayInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(1010, LogLevel.Warning, "Discord gateway zombie: no heartbeat ACK since the previous beat; closing with 4000 to resume")]
    public static partial void GatewayZombie(ILogger logger);

    [LoggerMessage(1011, LogLevel.Warning, "Discord resume failed {Count} times in a row; dropping the session and identifying afresh")]
    public static partial void ResumeCircuitBroken(ILogger logger, int count);

    [LoggerMessage(1012, LogLevel.Information, "Discord identify waits {WaitMs} ms (daily budget exhausted: {BudgetExhausted})")]
    public static partial void IdentifyWait(ILogger logger, double waitMs, bool budgetExhausted);

    [LoggerMessage(1013, LogLevel.Warning, "Malformed Discord gateway frame ({Bytes} bytes, {Kind}) skipped")]
    public static partial void MalformedGatewayFrame(ILogger logger, int bytes, string kind);

    [LoggerMessage(1014, LogLevel.Warning, "Discord dispatch queue full: {Type} dropped")]
    public static partial void DispatchQueueFull(ILogger logger, string type);

    [LoggerMessage(1015, LogLevel.Critical, "Discord gateway worker crashed")]
    public static partial void GatewayCrashed(ILogger logger, Exception exception);

    [LoggerMessage(1016, LogLevel.Error, "Discord interaction handling failed; continuing with the next one")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);

    // 1100–1199 REST
    [LoggerMessage(1100, LogLevel.Warning, "Discord rate limit on {Route}: waiting {RetryAfterMs} ms (global: {Global}, HTML ban page: {Html})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterMs, bool global, bool html);

    [LoggerMessage(1101, LogLevel.Error, "Discord asks {Route} to wait {Seconds} s: something is wrong (a ban or a request storm)")]
    public static partial void LongRateLimit(ILogger logger, string route, double seconds);

    [LoggerMessage(1102, LogLevel.Critical, "Discord refused the bot token (401) on {Route}; no further requests will be sent. Check Discord:Token.")]
    public static partial void Unauthorized(ILogger logger, string route);

    [LoggerMessage(1103, LogLevel.Warning, "Discord {Route}: unknown interaction (10062): the 3 s deadline passed or another instance answered")]
    public static partial void UnknownInteraction(ILogger logger, string route);

    [LoggerMessage(1104, LogLevel.Warning, "Discord refused {Route} with {Status} (code {Code}): {Detail}")]
    public static partial void RequestRefused(ILogger logger, string route, int status, int? code, string detail);

    [LoggerMessage(1105, LogLevel.Warning, "Discord {Route} failed with {Status} {Error}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RetryingRequest(ILogger logger, string route, int status, string error, int attempt, double delayMs);

    [LoggerMessage(1106, LogLevel.Error, "Discord {Route} failed with {Status} {Error} after {Attempts} attempts")]
    public static partial void RequestFailed(ILogger logger, string route, int status, string error, int attempts);

    [LoggerMessage(1107, LogLevel.Error, "Discord: {Count} invalid requests in 10 minutes; refusing to send {Route} to avoid an IP ban")]
    public static partial void InvalidRequestLimit(ILogger logger, int count, string route);

    // 1200–1299 interactions and commands
    [LoggerMessage(1200, LogLevel.Information, "Discord commands registered: {Count} ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(1201, LogLevel.Debug, "Discord commands unchanged ({Count}); not registering again")]
    public static partial void CommandsUnchanged(ILogger logger, int count);

    [LoggerMessage(1202, LogLevel.Error, "Discord command registration failed: {Error}")]
    public static partial void CommandRegistrationFailed(ILogger logger, string error);

    [LoggerMessage(1203, LogLevel.Information, "Discord interaction {InteractionId}: /{Command}")]
    public static partial void CommandReceived(ILogger logger, ulong interactionId, string command);

    [LoggerMessage(1204, LogLevel.Debug, "Discord interaction {InteractionId} answered with callback type {CallbackType}")]
    public static partial void InteractionAnswered(ILogger logger, ulong interactionId, int callbackType);

    [LoggerMessage(1205, LogLevel.Debug, "Discord interaction {InteractionId}: @original edited ({Parts} part(s))")]
    public static partial void OriginalEdited(ILogger logger, ulong interactionId, int parts);

    [LoggerMessage(1206, LogLevel.Information, "Discord interaction {InteractionId}: no answer yet, deferring (safety net)")]
    public static partial void SafetyNetDefer(ILogger logger, ulong interactionId);

    [LoggerMessage(1207, LogLevel.Warning, "Discord interaction {InteractionId}: reply failed: {Error}")]
    public static partial void ReplyFailed(ILogger logger, ulong interactionId, string error);

    [LoggerMessage(1208, LogLevel.Warning, "Discord interaction {InteractionId}: reply dropped, the interaction expired")]
    public static partial void ReplyDropped(ILogger logger, ulong interactionId);

    [LoggerMessage(1209, LogLevel.Debug, "Discord interaction {InteractionId}: {Count} autocomplete choice(s)")]
    public static partial void AutocompleteAnswered(ILogger logger, ulong interactionId, int count);

    [LoggerMessage(1210, LogLevel.Debug, "Discord interaction {InteractionId} already handled; duplicate dropped")]
    public static partial void DuplicateInteraction(ILogger logger, ulong interactionId);

    [LoggerMessage(1211, LogLevel.Warning, "Malformed Discord interaction skipped: {Reason}")]
    public static partial void MalformedInteraction(ILogger logger, string reason);

    [LoggerMessage(1212, LogLevel.Debug, "Discord interaction {InteractionId} of type {Type} ignored")]
    public static partial void UnsupportedInteraction(ILogger logger, ulong interactionId, int type);

    [LoggerMessage(1213, LogLevel.Warning, "Discord interaction {InteractionId}: the router is behind; answered 'busy'")]
    public static partial void EventQueueFull(ILogger logger, ulong interactionId);

    // 1300–1399 HTTP interactions and posts
    [LoggerMessage(1300, LogLevel.Information, "Discord HTTP interactions endpoint listening on {Url}")]
    public static partial void HttpInteractionsListening(ILogger logger, string url);

    [LoggerMessage(1301, LogLevel.Warning, "Discord HTTP interaction refused: bad signature ({Bytes} bytes, headers missing: {Missing})")]
    public static partial void BadSignature(ILogger logger, int bytes, bool missing);

    [LoggerMessage(1302, LogLevel.Information, "Discord post to channel {ChannelId}: {Parts} message(s)")]
    public static partial void Posted(ILogger logger, ulong channelId, int parts);
}

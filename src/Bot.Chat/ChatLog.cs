using Microsoft.Extensions.Logging;

namespace Bot.Chat;

/// <summary>Log events of the chat core: 5000–5099 router and chat service, 5100–5199 deliveries, 5200–5299 articles.
/// (5500–5599 belong to the terminal channel in the host.) Ids and counts only, never message text or tokens.</summary>
internal static partial class ChatLog
{
    [LoggerMessage(5001, LogLevel.Information, "/{Command} on {Platform} answered in {ElapsedMs} ms (deferred: {Deferred})")]
    public static partial void CommandHandled(ILogger logger, string command, string platform, long elapsedMs, bool deferred);

    [LoggerMessage(5002, LogLevel.Error, "/{Command} on {Platform} failed; reference {Reference}")]
    public static partial void CommandFailed(ILogger logger, Exception exception, string command, string platform, string reference);

    [LoggerMessage(5003, LogLevel.Warning, "/{Command} on {Platform} timed out after {TimeoutSeconds} s")]
    public static partial void CommandTimedOut(ILogger logger, string command, string platform, int timeoutSeconds);

    [LoggerMessage(5004, LogLevel.Warning, "Replying to /{Command} on {Platform} failed")]
    public static partial void ReplyFailed(ILogger logger, Exception exception, string command, string platform);

    [LoggerMessage(5005, LogLevel.Warning, "Autocomplete for /{Command} {Option} on {Platform} failed")]
    public static partial void AutocompleteFailed(ILogger logger, Exception exception, string command, string option, string platform);

    [LoggerMessage(5006, LogLevel.Information, "Platform {Platform} stopped sending events")]
    public static partial void PlatformEnded(ILogger logger, string platform);

    [LoggerMessage(5007, LogLevel.Error, "Platform {Platform} read loop failed; its events stop")]
    public static partial void PlatformFailed(ILogger logger, Exception exception, string platform);

    [LoggerMessage(5008, LogLevel.Information, "Chat service started with {Count} platform(s): {Platforms}")]
    public static partial void ChatStarted(ILogger logger, int count, string platforms);

    [LoggerMessage(5009, LogLevel.Debug, "No chat platform is registered; the chat service is idle")]
    public static partial void NoPlatforms(ILogger logger);

    [LoggerMessage(5010, LogLevel.Debug, "Autocomplete /{Command} {Option}: {Count} choices")]
    public static partial void AutocompleteAnswered(ILogger logger, string command, string option, int count);

    [LoggerMessage(5011, LogLevel.Warning, "Unknown command /{Command} on {Platform}")]
    public static partial void UnknownCommand(ILogger logger, string command, string platform);

    [LoggerMessage(5012, LogLevel.Error, "Reconciling pending deliveries failed")]
    public static partial void ReconcileFailed(ILogger logger, Exception exception);

    [LoggerMessage(5101, LogLevel.Information, "Delivery {DeliveryKey} claimed in {Conversation} for {Items} item(s)")]
    public static partial void DeliveryClaimed(ILogger logger, string deliveryKey, string conversation, int items);

    [LoggerMessage(5102, LogLevel.Information, "Delivery to {Conversation} skipped: {Items} item(s) already claimed or delivered")]
    public static partial void DeliverySkipped(ILogger logger, string conversation, int items);

    [LoggerMessage(5103, LogLevel.Information, "Delivery {DeliveryKey} confirmed ({Parts} message(s))")]
    public static partial void DeliveryConfirmed(ILogger logger, string deliveryKey, int parts);

    [LoggerMessage(5104, LogLevel.Warning, "Delivery {DeliveryKey} failed; it stays pending and is retried with the same key")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string deliveryKey);

    [LoggerMessage(5105, LogLevel.Warning, "Delivery {DeliveryKey} refused by the platform; its items are freed")]
    public static partial void DeliveryRejected(ILogger logger, Exception exception, string deliveryKey);

    [LoggerMessage(5106, LogLevel.Warning, "Reconciling delivery {DeliveryKey} left {State} by an earlier run: posting it with the same key")]
    public static partial void Reconciling(ILogger logger, string deliveryKey, string state);

    [LoggerMessage(5107, LogLevel.Information, "Pending delivery {DeliveryKey} waits for platform {Platform}, which is not running")]
    public static partial void ReconcileDeferred(ILogger logger, string deliveryKey, string platform);

    [LoggerMessage(5201, LogLevel.Information, "Article {ArticleId} stored ({Words} words)")]
    public static partial void ArticleStored(ILogger logger, long articleId, int words);

    [LoggerMessage(5202, LogLevel.Information, "Fetching an article for /digest failed")]
    public static partial void FetchFailed(ILogger logger);
}

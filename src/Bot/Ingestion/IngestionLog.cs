using Microsoft.Extensions.Logging;

namespace Bot.Ingestion;

/// <summary>
/// Fetching log events, ids 6000–6999. URLs are logged as scheme://host[:port] only (<see cref="UrlDisplay.ForLog"/>):
/// paths and query strings can carry tokens. Sizes and statuses, never bodies.
/// </summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information,
        Message = "Fetched {Origin}: HTTP {Status}, {Bytes} bytes, {Redirects} redirect(s), {ElapsedMs} ms")]
    public static partial void Fetched(this ILogger logger, LogOrigin origin, int status, int bytes, int redirects, long elapsedMs);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "{Origin} redirected ({Status}) to {Target}")]
    public static partial void Redirected(this ILogger logger, LogOrigin origin, int status, LogOrigin target);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Refused to fetch {Origin}: {Reason}")]
    public static partial void Refused(this ILogger logger, LogOrigin origin, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Fetching {Origin} timed out after {TimeoutSeconds} s")]
    public static partial void TimedOut(this ILogger logger, LogOrigin origin, int timeoutSeconds);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information,
        Message = "{Origin}: body over the cap of {MaxBytes} bytes (Content-Length {ContentLength})")]
    public static partial void TooLarge(this ILogger logger, LogOrigin origin, long maxBytes, long? contentLength);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "{Origin} unreachable: {Reason}")]
    public static partial void Unreachable(this ILogger logger, LogOrigin origin, string reason);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "{Origin}: more than {MaxRedirects} redirects")]
    public static partial void TooManyRedirects(this ILogger logger, LogOrigin origin, int maxRedirects);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "{Origin}: unsupported content type {MediaType}")]
    public static partial void UnsupportedContentType(this ILogger logger, LogOrigin origin, string mediaType);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Information, Message = "{Origin}: HTTP {Status}, no article fetched")]
    public static partial void HttpFailure(this ILogger logger, LogOrigin origin, int status);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Information, Message = "{Origin}: no article in {Bytes} bytes of {MediaType}")]
    public static partial void NotAnArticle(this ILogger logger, LogOrigin origin, int bytes, string? mediaType);
}

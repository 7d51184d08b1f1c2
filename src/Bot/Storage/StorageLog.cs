using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>Storage log events, 4000–4099. Ids and counts only.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(4001, LogLevel.Information, "Database ready: schema v{From} → v{To}")]
    public static partial void Ready(ILogger logger, int from, int to);

    [LoggerMessage(4002, LogLevel.Information, "Database at {Path}")]
    public static partial void Opening(ILogger logger, string path);

    [LoggerMessage(4003, LogLevel.Critical, "Test fault injection: crashing the process after the delivery step {Step} of {DeliveryKey}")]
    public static partial void CrashInjected(ILogger logger, string step, string deliveryKey);
}

using Microsoft.Extensions.Logging;

namespace Bot.Summarizing;

/// <summary>Summarizer / model log events, 8000–8999: the model's name, token counts, reasons and guard verdict counts.
/// Never the API key, the article's text or what the model wrote.</summary>
internal static partial class SummarizerLog
{
    [LoggerMessage(8001, LogLevel.Information, "Digests are written by the model {Model} at {Host}, every figure checked against the article")]
    public static partial void Using(ILogger logger, string model, string host);

    [LoggerMessage(8002, LogLevel.Information, "Model {Model} answered: {InputTokens} input and {OutputTokens} output tokens in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string model, long inputTokens, long outputTokens, long elapsedMs);

    [LoggerMessage(8003, LogLevel.Information, "Model {Model}: cached answer reused for article {ContentHash}")]
    public static partial void CacheHit(ILogger logger, string model, string contentHash);

    [LoggerMessage(8004, LogLevel.Warning, "Model {Model} unavailable ({Reason}, status {Status}); the digest is extractive")]
    public static partial void Failed(ILogger logger, string model, string reason, int status);

    [LoggerMessage(8005, LogLevel.Information, "Guard on {Model}'s digest: {Kept} kept, {Replaced} replaced by the article's sentences, {Dropped} dropped")]
    public static partial void Guarded(ILogger logger, string model, int kept, int replaced, int dropped);

    [LoggerMessage(8006, LogLevel.Debug, "Guard rejected a text of {Model}'s digest: {Problems}")]
    public static partial void Rejected(ILogger logger, string model, string problems);

    [LoggerMessage(8007, LogLevel.Information, "Article not sent to the model ({Reason}); the digest is extractive")]
    public static partial void NotSent(ILogger logger, string reason);

    [LoggerMessage(8008, LogLevel.Warning, "Daily token budget spent ({Used} of {Budget} used, {Needed} needed); the digest is extractive until midnight UTC")]
    public static partial void BudgetSpent(ILogger logger, long used, int budget, int needed);

    [LoggerMessage(8009, LogLevel.Information, "Model {Model} answered {Status}; retrying once in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string model, int status, long delayMs);

    [LoggerMessage(8010, LogLevel.Debug, "Prompt for {Model}: {Included} of {Sections} sections, about {EstimatedTokens} tokens")]
    public static partial void Prompted(ILogger logger, string model, int included, int sections, int estimatedTokens);
}

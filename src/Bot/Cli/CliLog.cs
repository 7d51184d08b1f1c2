using Microsoft.Extensions.Logging;

namespace Bot.Cli;

/// <summary>CLI log events, ids 7000–7999. Counts and kinds, never article text or URLs with their queries.</summary>
internal static partial class CliLog
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "CLI {Verb}: {Count} input(s), json {Json}")]
    public static partial void Started(this ILogger logger, CliVerb verb, int count, bool json);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "CLI: usage error")]
    public static partial void UsageError(this ILogger logger);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "CLI {Verb}: rejected a {InputKind} input")]
    public static partial void InputRejected(this ILogger logger, CliVerb verb, string inputKind);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "CLI {Verb}: unexpected failure on a {InputKind} input")]
    public static partial void Unexpected(this ILogger logger, CliVerb verb, string inputKind, Exception exception);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "CLI {Verb}: {Printed} printed, {Failed} failed, exit code {ExitCode}")]
    public static partial void Finished(this ILogger logger, CliVerb verb, int printed, int failed, int exitCode);
}

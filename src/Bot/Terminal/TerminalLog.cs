using Microsoft.Extensions.Logging;

namespace Bot.Terminal;

/// <summary>Terminal channel log events, 5500–5599.</summary>
internal static partial class TerminalLog
{
    [LoggerMessage(5501, LogLevel.Information, "Seeds: {Stored} article(s) stored from {Folder}, {Skipped} file(s) skipped")]
    public static partial void SeedsLoaded(ILogger logger, int stored, string folder, int skipped);

    [LoggerMessage(5502, LogLevel.Warning, "Seed skipped: {Problem}")]
    public static partial void SeedSkipped(ILogger logger, string problem);

    [LoggerMessage(5503, LogLevel.Warning, "No seeds folder at {Folder}; starting without an article")]
    public static partial void SeedsMissing(ILogger logger, string folder);

    [LoggerMessage(5504, LogLevel.Information, "Standard input ended after {Lines} command(s)")]
    public static partial void InputEnded(ILogger logger, int lines);

    [LoggerMessage(5505, LogLevel.Information, "Terminal channel ready (interactive: {Interactive})")]
    public static partial void Started(ILogger logger, bool interactive);

    [LoggerMessage(5506, LogLevel.Error, "Loading the seeds failed")]
    public static partial void SeedsFailed(ILogger logger, Exception exception);
}

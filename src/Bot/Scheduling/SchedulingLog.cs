using Microsoft.Extensions.Logging;

namespace Bot.Scheduling;

/// <summary>Scheduling and feeds log events, 3000–3999. Feeds are named by <c>FeedUrls.Label</c> (host and a short
/// hash: a feed URL can carry a private token); conversations by key; never message or article text.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(3001, LogLevel.Information, "Feed {Feed}: HTTP {Status}, {New} new, {Duplicates} duplicate(s), {Known} known, in {ElapsedMs} ms")]
    public static partial void Fetched(ILogger logger, string feed, int status, int @new, int duplicates, int known, long elapsedMs);

    [LoggerMessage(3002, LogLevel.Debug, "Feed {Feed}: not modified")]
    public static partial void NotModified(ILogger logger, string feed);

    [LoggerMessage(3003, LogLevel.Warning, "Feed {Feed}: fetch failed ({Failures} in a row), next attempt at {Next:o}: {Reason}")]
    public static partial void FetchFailed(ILogger logger, string feed, int failures, DateTimeOffset next, string reason);

    [LoggerMessage(3004, LogLevel.Warning, "Feed {Feed}: paused after {Failures} failures in a row: {Reason}")]
    public static partial void Paused(ILogger logger, string feed, int failures, string reason);

    [LoggerMessage(3005, LogLevel.Information, "Feed {Feed}: resumed")]
    public static partial void Resumed(ILogger logger, string feed);

    [LoggerMessage(3006, LogLevel.Information, "Page {Host} for a teaser: {Verdict}")]
    public static partial void PageJudged(ILogger logger, string host, string verdict);

    [LoggerMessage(3007, LogLevel.Warning, "Feed {Feed}: polling failed unexpectedly")]
    public static partial void PollCrashed(ILogger logger, Exception exception, string feed);

    [LoggerMessage(3010, LogLevel.Information, "Digest for {Conversation} ({Trigger}): {Stories} stories of {Candidates} posted")]
    public static partial void DigestPosted(ILogger logger, string conversation, string trigger, int stories, int candidates);

    [LoggerMessage(3011, LogLevel.Information, "Digest for {Conversation} ({Trigger}): nothing new")]
    public static partial void DigestEmpty(ILogger logger, string conversation, string trigger);

    [LoggerMessage(3012, LogLevel.Warning, "Digest for {Conversation} ({Trigger}) not posted: {Problem}")]
    public static partial void DigestFailed(ILogger logger, string conversation, string trigger, string problem);

    [LoggerMessage(3013, LogLevel.Information, "Digest for {Conversation} slot {Slot:o} already delivered (by /digest-now or a previous run)")]
    public static partial void SlotCovered(ILogger logger, string conversation, DateTimeOffset slot);

    [LoggerMessage(3014, LogLevel.Warning, "Stored schedule \"{Schedule}\" of {Conversation} no longer parses; using the default: {Problem}")]
    public static partial void ScheduleInvalid(ILogger logger, string schedule, string conversation, string problem);

    [LoggerMessage(3015, LogLevel.Information, "Pause notice for feed {Feed} posted to {Conversation}")]
    public static partial void NoticePosted(ILogger logger, string feed, string conversation);

    [LoggerMessage(3016, LogLevel.Warning, "Pause notice for feed {Feed} to {Conversation} not posted: {Problem}")]
    public static partial void NoticeFailed(ILogger logger, string feed, string conversation, string problem);

    [LoggerMessage(3020, LogLevel.Information, "Scheduler started: tick {TickSeconds} s, polling every {PollMinutes} min")]
    public static partial void SchedulerStarted(ILogger logger, int tickSeconds, int pollMinutes);

    [LoggerMessage(3021, LogLevel.Error, "Scheduler iteration failed; the next one runs as usual")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(3022, LogLevel.Error, "Digest run for {Conversation} failed")]
    public static partial void RunCrashed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(3023, LogLevel.Information, "Feed items first seen over {Days} days ago: stored text of {Count} dropped (their keys stay, so they are never new again)")]
    public static partial void ItemsCompacted(ILogger logger, int count, int days);

    [LoggerMessage(3024, LogLevel.Warning, "Compacting old feed items failed; retried in a day")]
    public static partial void CompactionFailed(ILogger logger, Exception exception);
}

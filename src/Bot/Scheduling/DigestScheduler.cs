using Bot.Chat;
using Bot.Scheduling.Digests;
using Bot.Scheduling.Feeds;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling;

/// <summary>
/// The one background loop: each tick polls the feeds that are due, then runs every digest series whose latest slot
/// has not been handled. After downtime only the LATEST missed slot runs, as one "since you last heard from me"
/// digest covering everything since the series' last digest (not one digest per missed slot). It wakes at the next
/// slot or after Feeds:TickSeconds, whichever is first, on <see cref="TimeProvider"/>. Each tick and each series is
/// isolated: an exception is logged and the loop goes on (an exception escaping a BackgroundService stops the host).
/// Once a day it also drops the stored text of feed items older than <see cref="FeedsOptions.ItemTextRetention"/>.
/// </summary>
public sealed class DigestScheduler(
    DigestStreams streams,
    DigestRunner runner,
    FeedPoller poller,
    IFeedStore feeds,
    IEnumerable<IChatPlatform> platforms,
    IOptions<FeedsOptions> options,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    private readonly HashSet<string> running = platforms.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset? lastCompaction;

    /// <summary>A slot run later than this after its time is a catch-up (the bot was down or asleep).</summary>
    public static readonly TimeSpan CatchUpAfter = TimeSpan.FromMinutes(15);

    /// <summary>Test seam: called with the wake-up time once the wait has started (so a fake clock can be advanced).</summary>
    internal Action<DateTimeOffset>? Waiting { get; set; }

    /// <summary>One iteration: poll, then run the due series. Returns when to wake next. Series of a platform this
    /// process does not run (a terminal subscription while only Discord runs) wait, untouched, for a run that has it.</summary>
    public async Task<DateTimeOffset> TickAsync(CancellationToken cancellationToken)
    {
        var all = (await streams.AllAsync(cancellationToken)).Where(s => running.Contains(s.Conversation.Platform)).ToList();
        await poller.PollDueAsync(all.SelectMany(s => s.FeedUrls).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var now = time.GetUtcNow();
        await CompactAsync(now, cancellationToken);
        foreach (var stream in all)
        {
            try
            {
                if (stream.Schedule.Latest(now) is { } slot && slot > stream.State.LastSlot)
                {
                    var skipped = stream.Schedule.Next(stream.State.LastSlot) is { } first && first < slot;
                    await runner.RunSlotAsync(stream, slot, skipped || now - slot > CatchUpAfter, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                SchedulingLog.RunCrashed(logger, ex, stream.Conversation.Key);
            }
        }

        now = time.GetUtcNow();
        var wake = now + options.Value.Tick;
        foreach (var stream in all)
        {
            if (stream.Schedule.Next(now) is { } next && next < wake)
            {
                wake = next;
            }
        }

        return wake;
    }

    private async Task CompactAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (lastCompaction is { } last && now - last < FeedsOptions.CompactionInterval)
        {
            return;
        }

        lastCompaction = now;
        try
        {
            var count = await feeds.CompactItemsAsync(now - FeedsOptions.ItemTextRetention, cancellationToken);
            if (count > 0)
            {
                SchedulingLog.ItemsCompacted(logger, count, (int)FeedsOptions.ItemTextRetention.TotalDays);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SchedulingLog.CompactionFailed(logger, ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        SchedulingLog.SchedulerStarted(logger, options.Value.TickSeconds, options.Value.PollMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset wake;
            try
            {
                wake = await TickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                SchedulingLog.TickFailed(logger, ex);
                wake = time.GetUtcNow() + options.Value.Tick;
            }

            var wait = wake - time.GetUtcNow();
            var delay = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken);
            Waiting?.Invoke(wake);
            try
            {
                await delay;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

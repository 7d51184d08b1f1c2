using Bot.Chat.Stores;
using Bot.Scheduling.Feeds;
using Bot.Scheduling.Schedules;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling;

/// <summary>
/// What /subscribe does besides storing: resumes the feed if it was paused (this is the documented way to resume),
/// fetches it once at once (so the user learns whether the URL is a working feed), and says when the next digest comes.
/// </summary>
public sealed class SubscriptionWatcher(FeedPoller poller, IOptions<FeedsOptions> options, TimeProvider time) : ISubscriptionObserver
{
    public async Task<string?> SubscribedAsync(Subscription subscription, bool added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var resumed = await poller.ResumeAsync(subscription.FeedUrl, cancellationToken);
        var result = await poller.PollAsync(subscription.FeedUrl, cancellationToken);
        var fetched = result.Status switch
        {
            FeedPollStatus.Fetched => $"Fetched {Kind(result.State.Kind)} “{result.State.Name}”: {Items(result.Items!.New + result.Items.Duplicates)} new.",
            FeedPollStatus.NotModified => "Checked it: unchanged since the last fetch.",
            FeedPollStatus.Paused => $"It is paused ({result.State.PauseReason}).",
            FeedPollStatus.PausedNow => $"The fetch failed ({result.Problem}) and the feed is paused; send this /subscribe again to retry.",
            _ => $"The first fetch failed ({result.Problem}); I will retry with back-off and post a notice here if I give up after {options.Value.PauseAfterFailures} failures in a row.",
        };
        var schedule = ScheduleParser.Read(subscription.Schedule ?? options.Value.DefaultSchedule, TimeSpan.FromMinutes(1));
        var next = schedule.IsSuccess && schedule.Value!.Next(time.GetUtcNow()) is { } slot ? $" Next digest: {schedule.Value.Describe(slot)}." : string.Empty;
        return (resumed ? "It was paused; fetching resumes now. " : string.Empty) + fetched + next;
    }

    private static string Kind(FeedKind? kind) => kind switch
    {
        FeedKind.Rss => "the RSS feed",
        FeedKind.Atom => "the Atom feed",
        FeedKind.JsonFeed => "the JSON Feed",
        FeedKind.Page => "the page",
        _ => "the feed",
    };

    private static string Items(int n) => n == 1 ? "1 story" : $"{n} stories";
}

using System.Globalization;
using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Scheduling.Feeds;
using Microsoft.Extensions.Logging;

namespace Bot.Scheduling;

/// <summary>
/// Tells every channel that follows a feed that it was paused: why (the last HTTP status or error) and how to resume
/// (<c>/subscribe &lt;url&gt;</c> again, with the channel's schedule). Posted through the delivery ledger under one
/// item key per pause, so a restart never repeats it.
/// </summary>
public sealed class FeedNotices(ISubscriptionStore subscriptions, DeliveryService deliveries, ILogger<FeedNotices> logger)
{
    public async Task PausedAsync(FeedState feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var key = "notice:paused:" + FeedUrls.Label(feed.Url) + ":" + feed.PausedAt?.ToString("yyyyMMddTHHmmss", CultureInfo.InvariantCulture);
        var followers = (await subscriptions.ListAllAsync(cancellationToken)).Where(s => string.Equals(s.FeedUrl, feed.Url, StringComparison.Ordinal));
        foreach (var subscription in followers)
        {
            var outcome = await deliveries.DeliverAsync(subscription.Conversation, [key], Message(feed, subscription), cancellationToken);
            if (outcome.Kind == DeliveryOutcomeKind.Failed)
            {
                SchedulingLog.NoticeFailed(logger, FeedUrls.Label(feed.Url), subscription.Conversation.Key, outcome.Problem ?? "unknown");
            }
            else if (outcome.Kind == DeliveryOutcomeKind.Delivered)
            {
                SchedulingLog.NoticePosted(logger, FeedUrls.Label(feed.Url), subscription.Conversation.Key);
            }
        }
    }

    public static ChatMessage Message(FeedState feed, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(subscription);
        var when = feed.PausedAt?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "just now";
        var resume = subscription.Schedule is { } schedule ? $"/subscribe {feed.Url} {schedule}" : $"/subscribe {feed.Url}";
        return new ChatMessage(
            $"Feed paused: {feed.Name}",
            feed.Url,
            [
                new ParagraphBlock([new TextRun($"I stopped fetching {feed.Url} after {feed.Failures} failed attempts in a row. ")]),
                new ParagraphBlock([new TextRun("Last error: ", Bold: true), new TextRun($"{feed.PauseReason ?? "unknown"} ({when}).")]),
                new ParagraphBlock([new TextRun("To resume it, send ", Bold: false), new TextRun(resume, Bold: true), new TextRun($" (it keeps this channel's schedule); to drop it, /unsubscribe {feed.Url}.")]),
            ],
            "/status shows every source's last fetch");
    }
}

using System.Globalization;
using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Microsoft.Extensions.Options;

namespace Bot.Chat;

/// <summary>
/// The default <see cref="IChannelDigests"/>: /digest-now posts a numbered digest of the newest stored articles this
/// conversation has not had (at most <see cref="ChatOptions.DigestNowStories"/>), through the delivery ledger, so a
/// story is never posted twice to a conversation; /status reports what is stored and followed.
/// </summary>
public sealed class StoredArticleDigests(
    IArticleStore articles,
    IDeliveryLedger ledger,
    DeliveryService deliveries,
    IConversationStore conversations,
    ISubscriptionStore subscriptions,
    IOptions<ChatOptions> options) : IChannelDigests
{
    private const int Window = 200;

    public async Task<ChatMessage> DigestNowAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var waiting = await WaitingAsync(conversation, cancellationToken);
        if (waiting.Count == 0)
        {
            return ChatMessage.Text("Nothing new since the last digest here. Add an article with /digest, or follow a feed with /subscribe.");
        }

        var stories = waiting.Take(options.Value.DigestNowStories).ToList();
        var message = DigestMessages.Daily(stories.Select(s => s.Digest).ToList());
        var outcome = await deliveries.DeliverAsync(conversation, stories.Select(s => s.ItemKey).ToList(), message, cancellationToken);
        switch (outcome.Kind)
        {
            case DeliveryOutcomeKind.AlreadyTaken:
                return ChatMessage.Text("A digest with these stories is already being posted here.");
            case DeliveryOutcomeKind.Failed when outcome.Claim is null:
                return Replies.Problem($"Could not post the digest: {outcome.Problem}.");
            default:
                break;
        }

        // Numbered follow-ups (/summary 2) refer to this digest from now on, even if posting is retried later.
        await conversations.SetDailyDigestAsync(conversation, stories.Select(s => s.Id).ToList(), cancellationToken);
        if (outcome.Kind == DeliveryOutcomeKind.Failed)
        {
            return Replies.Problem($"The digest of {stories.Count} stories could not be posted yet ({outcome.Problem}).");
        }

        var n = stories.Count > 1 ? "2" : "1";
        return ChatMessage.Text($"Posted a digest of {Stories(stories.Count)}. Follow up with /summary {n}, /figures {n} or /sections {n}.");
    }

    public async Task<ChatMessage> StatusAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var feeds = await subscriptions.ListAsync(conversation.Key, cancellationToken);
        var waiting = await WaitingAsync(conversation, cancellationToken);
        var last = await ledger.LatestDeliveredAsync(conversation.Key, cancellationToken);
        var items = new List<IReadOnlyList<Inline>>
        {
            Line($"Feeds followed: {feeds.Count}" + (feeds.Count > 0 ? " (" + string.Join(", ", feeds.Select(f => $"{f.FeedUrl}: {f.Schedule ?? "default schedule"}")) + ")" : string.Empty)),
            Line($"Stories waiting for the next digest: {waiting.Count}"),
            Line(last is null
                ? "Last digest here: none yet"
                : $"Last digest here: {last.ConfirmedAt?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}, {Stories(last.ItemKeys.Count)}"),
            Line("Next digest: on demand with /digest-now (scheduled delivery comes with the feeds work)"),
        };
        return new ChatMessage("Status", null, [new ListBlock(items)]);
    }

    private async Task<IReadOnlyList<StoredArticle>> WaitingAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var recent = await articles.RecentAsync(Window, cancellationToken);
        var taken = await ledger.TakenAsync(conversation.Key, recent.Select(a => a.ItemKey).ToList(), cancellationToken);
        return recent.Where(a => !taken.Contains(a.ItemKey)).ToList();
    }

    private static string Stories(int n) => n == 1 ? "1 story" : $"{n} stories";

    private static IReadOnlyList<Inline> Line(string text) => [new TextRun(text)];
}

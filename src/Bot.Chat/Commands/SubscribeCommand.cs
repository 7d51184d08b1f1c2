using Bot.Chat.Messages;
using Bot.Chat.Messages.Markup;
using Bot.Chat.Stores;

namespace Bot.Chat.Commands;

/// <summary>/subscribe &lt;feed-url&gt; [schedule]: store the subscription (the feeds work makes it deliver), then tell
/// the optional <see cref="ISubscriptionObserver"/> (which resumes a paused feed and fetches it once).</summary>
public sealed class SubscribeCommand(ISubscriptionStore subscriptions, IScheduleParser schedules, TimeProvider time, ISubscriptionObserver? observer = null) : IChatCommand
{
    public string Name => "subscribe";

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var feed = SafeUrl.Http(request.Option("feed"));
        if (feed is null)
        {
            return Replies.Problem("The feed must be an http:// or https:// URL, e.g. /subscribe https://example.com/feed.xml");
        }

        string? schedule = null;
        if (request.Option("schedule") is { } text)
        {
            var parsed = schedules.Parse(text);
            if (!parsed.IsSuccess)
            {
                return Replies.Problem($"{parsed.Error} Example: /subscribe {feed} daily 08:00 Europe/Berlin");
            }

            schedule = parsed.Value;
        }

        var subscription = new Subscription(request.Conversation, feed, schedule, time.GetUtcNow());
        var added = await subscriptions.AddAsync(subscription, cancellationToken);
        var when = schedule is null ? "on the default schedule" : $"on the schedule “{schedule}”";
        var reply = added
            ? $"Subscribed this channel to {feed} {when}. /sources lists what it follows."
            : $"This channel already follows {feed}; it is now {when}.";
        var note = observer is null ? null : await observer.SubscribedAsync(subscription, added, cancellationToken);
        return ChatMessage.Text(note is null ? reply : $"{reply} {note}");
    }
}

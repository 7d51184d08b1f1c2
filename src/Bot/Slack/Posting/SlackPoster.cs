using System.Collections.Concurrent;
using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Slack.Blocks;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Posting;

/// <summary>
/// Unsolicited posts (scheduled digests): Block Kit via chat.postMessage, split into several messages when the limits
/// demand it, paced per channel. <c>not_in_channel</c> → <c>conversations.join</c> once, then one retry; where joining
/// is impossible (private channels) the error says how to invite the bot. A retried delivery key resumes after the
/// parts already posted instead of posting them again (Slack has no nonce to do it for us).
/// </summary>
internal sealed class SlackPoster(ISlackApiClient api, ChannelPostQueue queue, TimeProvider time, ILogger<SlackPoster> logger)
{
    private static readonly TimeSpan DeliveryMemory = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<string, Delivery> deliveries = new(StringComparer.Ordinal);

    public async Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken)
    {
        Forget(time.GetUtcNow() - DeliveryMemory);
        var parts = BlockKitRenderer.Render(message);
        var delivery = deliveries.GetOrAdd(deliveryKey, _ => new Delivery(time.GetUtcNow()));
        await delivery.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var i = delivery.MessageIds.Count; i < parts.Count; i++)
            {
                delivery.MessageIds.Add(await PostPartAsync(conversation, parts[i], cancellationToken).ConfigureAwait(false));
            }

            SlackLog.Posted(logger, conversation.ChannelId, parts.Count);
            return new PostReceipt([.. delivery.MessageIds]);
        }
        finally
        {
            delivery.Lock.Release();
        }
    }

    private async Task<string> PostPartAsync(Conversation conversation, SlackMessagePart part, CancellationToken cancellationToken)
    {
        var message = new Message
        {
            Channel = conversation.ChannelId,
            Text = part.Text,
            Blocks = part.Blocks,
            ThreadTs = conversation.ThreadId,
        };
        await queue.WaitTurnAsync(conversation.ChannelId, cancellationToken).ConfigureAwait(false);
        try
        {
            return (await api.Chat.PostMessage(message, cancellationToken).ConfigureAwait(false)).Ts ?? "";
        }
        catch (SlackException e) when (e.ErrorCode == "not_in_channel")
        {
            await JoinAsync(conversation.ChannelId, cancellationToken).ConfigureAwait(false);
            await queue.WaitTurnAsync(conversation.ChannelId, cancellationToken).ConfigureAwait(false);
            return (await api.Chat.PostMessage(message, cancellationToken).ConfigureAwait(false)).Ts ?? "";
        }
    }

    private async Task JoinAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            await api.Conversations.Join(channelId, cancellationToken).ConfigureAwait(false);
            SlackLog.JoinedChannel(logger, channelId);
        }
        catch (SlackException e)
        {
            SlackLog.CannotJoin(logger, channelId, e.ErrorCode);
            throw new SlackException("chat.postMessage", "not_in_channel", null, NotInChannelHint);
        }
    }

    /// <summary>What a user can do about a channel the bot cannot join by itself (private channels, DMs).</summary>
    public const string NotInChannelHint = "The bot is not a member of this channel and cannot join it by itself (private channels need an invitation): type /invite @newsdigest in the channel, then try again.";

    private void Forget(DateTimeOffset before)
    {
        foreach (var (key, delivery) in deliveries)
        {
            if (delivery.StartedAt < before)
            {
                deliveries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Delivery(DateTimeOffset StartedAt)
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public List<string> MessageIds { get; } = [];
    }
}

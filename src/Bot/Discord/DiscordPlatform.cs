using System.Globalization;
using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Discord.Interactions;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>
/// Discord as an <see cref="IChatPlatform"/>: slash commands and autocomplete come out of <see cref="ReadAsync"/>
/// (fed by the gateway or the HTTP endpoint); <see cref="PostAsync"/> sends a digest as one or more messages,
/// each with a nonce derived from the delivery key and <c>enforce_nonce</c>, so a retry never shows twice.
/// </summary>
public sealed class DiscordPlatform(DiscordEventQueue events, DiscordRestClient rest, ILogger<DiscordPlatform> logger) : IChatPlatform
{
    public string Name => "discord";

    public IAsyncEnumerable<ChatEvent> ReadAsync(CancellationToken cancellationToken) => events.Reader.ReadAllAsync(cancellationToken);

    public async Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var target = conversation.ThreadId ?? conversation.ChannelId;
        if (!ulong.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId))
        {
            throw new ArgumentException($"'{target}' is not a Discord channel id.", nameof(conversation));
        }

        var parts = DiscordMessageRenderer.Render(message);
        var ids = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            // Sequential on purpose: parts keep their order and share the channel's rate-limit bucket.
            var body = parts[i] with { Nonce = DiscordMessageRenderer.Nonce(deliveryKey, i), EnforceNonce = true };
            var sent = await rest.SendMessageAsync(channelId, body, cancellationToken).ConfigureAwait(false);
            ids.Add(sent.Id);
        }

        DiscordLog.Posted(logger, channelId, parts.Count);
        return new PostReceipt(ids);
    }
}

using System.Security.Cryptography;
using System.Text;
using Bot.Chat.Messages;

namespace Bot.Discord.Rendering;

/// <summary>
/// A neutral <see cref="ChatMessage"/> → one or more Discord message bodies. A short untitled message becomes
/// plain <c>content</c> (errors, confirmations); anything else becomes embeds split by <see cref="EmbedSplitter"/>.
/// All text is escaped and mentions neutralised; every body carries <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
public static class DiscordMessageRenderer
{
    public static IReadOnlyList<MessageProperties> Render(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var units = MarkdownUnits.From(message.Blocks);
        if (message.Title is null && message.TitleUrl is null && message.Footer is null && units.Count > 0)
        {
            var content = Join(units);
            if (CodePoints.Count(content) <= EmbedBuilder.MaxMessageSize)
            {
                return [new MessageProperties(content, null)];
            }
        }

        var title = message.Title is null ? null : DiscordMarkdown.Escape(message.Title.Trim());
        var footer = message.Footer is null ? null : DiscordMarkdown.NeutraliseMentions(message.Footer.Trim());
        var parts = EmbedSplitter.Split(title, DiscordMarkdown.SafeUrl(message.TitleUrl), footer, units);
        return parts.Select(embeds => new MessageProperties(null, embeds)).ToArray();
    }

    /// <summary>A nonce for part <paramref name="part"/> of the delivery <paramref name="deliveryKey"/>: stable
    /// across retries, at most 25 characters (Discord's limit).</summary>
    public static string Nonce(string deliveryKey, int part)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{deliveryKey}\n{part}"));
        return Convert.ToHexStringLower(hash)[..25];
    }

    private static string Join(IReadOnlyList<MarkdownUnit> units)
    {
        var text = new StringBuilder();
        foreach (var unit in units)
        {
            if (text.Length > 0)
            {
                text.Append(unit.Separator);
            }

            text.Append(unit.Text);
        }

        return text.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Discord.Rendering;

/// <summary>
/// Packs rendered units into embeds and messages within every limit, counting code points (brief §5.4): a
/// description holds at most 4,096, a message at most 10 embeds and 6,000 in total (title, descriptions and
/// footer). Cuts fall between units (paragraphs, list items); a unit too long for one description is cut at a
/// word boundary, never inside a masked link, an escape or a surrogate pair. When there are several messages,
/// each one's last embed says "part i/n" in its footer.
/// </summary>
internal static partial class EmbedSplitter
{
    // " · part 99/99" plus slack; reserved in every message so the footer always fits.
    private const int PartMarkerRoom = 16;

    public static IReadOnlyList<IReadOnlyList<Embed>> Split(string? title, string? url, string? footer, IReadOnlyList<MarkdownUnit> units)
    {
        title = string.IsNullOrWhiteSpace(title) ? null : CodePoints.Truncate(title, EmbedBuilder.MaxTitleLength);
        footer = string.IsNullOrWhiteSpace(footer) ? null : CodePoints.Truncate(footer, EmbedBuilder.MaxFooterTextLength - PartMarkerRoom);
        var reserve = CodePoints.Count(footer) + PartMarkerRoom;
        var pieceMax = Math.Min(EmbedBuilder.MaxDescriptionLength, EmbedBuilder.MaxEmbedLength - reserve - CodePoints.Count(title) - 2);

        var packer = new Packer(title, url, reserve);
        foreach (var unit in units)
        {
            var separator = unit.Separator;
            foreach (var piece in Cut(unit.Text, pieceMax))
            {
                packer.Add(piece, separator);
                separator = "\n";
            }
        }

        var messages = packer.Finish();
        return WithFooters(messages, footer);
    }

    /// <summary>Cuts <paramref name="text"/> into pieces of at most <paramref name="max"/> code points.</summary>
    internal static IEnumerable<string> Cut(string text, int max)
    {
        var rest = text.Trim();
        while (CodePoints.Count(rest) > max)
        {
            var prefix = CodePoints.Prefix(rest, max);
            var cut = CutPoint(rest, prefix.Length);
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static int CutPoint(string text, int limit)
    {
        var links = LinkPattern().Matches(text[..Math.Min(text.Length, limit + EmbedBuilder.MaxUrlLength + 512)]);
        bool Allowed(int index) => index > 0 && !links.Any(m => index > m.Index && index < m.Index + m.Length) && !DanglingEscape(text, index);

        for (var i = limit; i > limit / 2; i--)
        {
            if (char.IsWhiteSpace(text[i]) && Allowed(i))
            {
                return i;
            }
        }

        // No usable space: a hard cut on a rune boundary, before any link that straddles the limit.
        var straddling = links.FirstOrDefault(m => limit > m.Index && limit < m.Index + m.Length);
        var hard = straddling is { Index: > 0 } ? straddling.Index : limit;
        if (char.IsLowSurrogate(text[hard]) && hard > 0)
        {
            hard--;
        }

        return DanglingEscape(text, hard) ? hard - 1 : hard;
    }

    private static bool DanglingEscape(string text, int index)
    {
        var count = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }

    private static List<IReadOnlyList<Embed>> WithFooters(List<List<Embed>> messages, string? footer)
    {
        var result = new List<IReadOnlyList<Embed>>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var embeds = messages[i];
            var marker = messages.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"part {i + 1}/{messages.Count}") : null;
            var text = footer is null ? marker : marker is null ? footer : footer + " \u00b7 " + marker;
            if (text is not null)
            {
                embeds[^1] = embeds[^1] with { Footer = new EmbedFooter(text) };
            }

            result.Add(embeds);
        }

        return result;
    }

    [GeneratedRegex(@"\[(?:\\.|[^\]\\])*\]\([^)\s]*\)")]
    private static partial Regex LinkPattern();

    /// <summary>Fills descriptions, then embeds, then messages.</summary>
    private sealed class Packer(string? title, string? url, int reserve)
    {
        private readonly List<List<Embed>> messages = [];
        private readonly StringBuilder description = new();
        private List<Embed> embeds = [];
        private int messageTotal;
        private int descriptionLength;
        private string? pendingTitle = title;

        private int OpenLength => CodePoints.Count(pendingTitle) + descriptionLength;

        public void Add(string piece, string separator)
        {
            var length = CodePoints.Count(piece);
            var joined = descriptionLength == 0 ? length : descriptionLength + separator.Length + length;
            if (joined <= EmbedBuilder.MaxDescriptionLength && messageTotal + CodePoints.Count(pendingTitle) + joined + reserve <= EmbedBuilder.MaxEmbedLength)
            {
                Append(piece, separator, joined);
                return;
            }

            CloseEmbed();
            if (embeds.Count >= EmbedBuilder.MaxEmbedsPerMessage || messageTotal + CodePoints.Count(pendingTitle) + length + reserve > EmbedBuilder.MaxEmbedLength)
            {
                CloseMessage();
            }

            Append(piece, separator, length);
        }

        public List<List<Embed>> Finish()
        {
            CloseEmbed();
            if (embeds.Count > 0 || messages.Count == 0)
            {
                CloseMessage();
            }

            return messages;
        }

        private void Append(string piece, string separator, int newLength)
        {
            if (description.Length > 0)
            {
                description.Append(separator);
            }

            description.Append(piece);
            descriptionLength = newLength;
        }

        private void CloseEmbed()
        {
            if (description.Length == 0 && pendingTitle is null)
            {
                return;
            }

            var first = messages.Count == 0 && embeds.Count == 0;
            var embed = new Embed(pendingTitle, description.Length == 0 ? null : description.ToString(), first ? url : null);
            messageTotal += OpenLength;
            embeds.Add(embed);
            description.Clear();
            descriptionLength = 0;
            pendingTitle = null;
        }

        private void CloseMessage()
        {
            if (embeds.Count == 0)
            {
                embeds.Add(new Embed(Description: "\u200B"));
            }

            messages.Add(embeds);
            embeds = [];
            messageTotal = 0;
        }
    }
}

using System.Text;

namespace Bot.Discord.Rendering;

/// <summary>
/// Makes raw, untrusted text safe to show in Discord markdown: markup characters are backslash-escaped (Discord
/// hides a backslash before any punctuation), <c>@everyone</c>/<c>@here</c> and <c>&lt;@id&gt;</c>,
/// <c>&lt;@&amp;id&gt;</c>, <c>&lt;#id&gt;</c>, <c>&lt;/cmd:id&gt;</c>, <c>&lt;t:…&gt;</c>, <c>&lt;:emoji:id&gt;</c> get a
/// zero-width space so they are no longer mentions or tags at all. <c>allowed_mentions: {"parse": []}</c> is the
/// second lock on the same door.
/// </summary>
public static class DiscordMarkdown
{
    public const char ZeroWidthSpace = '\u200B';

    private const string InlineMarkup = "\\*_~`|[]";
    private const string LineStartMarkup = "#>-+";

    public static string Escape(string? raw) => Neutralise(raw, escapeMarkdown: true);

    /// <summary>Mentions only, for places that show text literally (embed footers, author names).</summary>
    public static string NeutraliseMentions(string? raw) => Neutralise(raw, escapeMarkdown: false);

    /// <summary>A masked link <c>[text](url)</c> for http(s) URLs; any other URL leaves just the escaped text.</summary>
    public static string Link(string text, string url)
    {
        var label = Escape(text);
        if (SafeUrl(url) is not { } safe)
        {
            return label;
        }

        return label.Length == 0 ? safe : $"[{label}]({safe})";
    }

    /// <summary>An absolute http(s) URL of at most 2048 characters with parentheses percent-encoded, or null.</summary>
    public static string? SafeUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var text = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return text.Length <= EmbedBuilder.MaxUrlLength ? text : null;
    }

    private static string Neutralise(string? raw, bool escapeMarkdown)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var text = new StringBuilder(raw.Length + 16);
        var lineStart = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                text.Append('\n');
                lineStart = true;
                continue;
            }

            if (IsInvisibleControl(c))
            {
                continue;
            }

            if (lineStart && c is ' ' or '\t')
            {
                text.Append(c);
                continue;
            }

            i += AppendCharacter(raw, i, c, lineStart, escapeMarkdown, text) - 1;
            lineStart = false;
        }

        return text.ToString();
    }

    /// <returns>How many characters of <paramref name="raw"/> were consumed.</returns>
    private static int AppendCharacter(string raw, int i, char c, bool lineStart, bool escapeMarkdown, StringBuilder text)
    {
        if (c == '@' && (Follows(raw, i + 1, "everyone") || Follows(raw, i + 1, "here")))
        {
            text.Append('@').Append(ZeroWidthSpace);
        }
        else if (c == '<' && StartsTag(raw, i + 1))
        {
            text.Append('<').Append(ZeroWidthSpace);
        }
        else if (escapeMarkdown && (InlineMarkup.Contains(c, StringComparison.Ordinal) || (lineStart && LineStartMarkup.Contains(c, StringComparison.Ordinal))))
        {
            text.Append('\\').Append(c);
        }
        else if (escapeMarkdown && lineStart && char.IsAsciiDigit(c))
        {
            // "1. item" would become a numbered list: escape the dot after a leading number.
            var end = i;
            while (end < raw.Length && char.IsAsciiDigit(raw[end]))
            {
                end++;
            }

            text.Append(raw, i, end - i);
            if (end < raw.Length && raw[end] is '.' or ')')
            {
                text.Append('\\');
            }

            return end - i;
        }
        else
        {
            text.Append(c);
        }

        return 1;
    }

    private static bool Follows(string raw, int index, string word) =>
        string.CompareOrdinal(raw, index, word, 0, word.Length) == 0
        || (index + word.Length <= raw.Length && raw.AsSpan(index, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase));

    // <@id> <@!id> <@&id> <#id> </cmd:id> <:emoji:id> <a:emoji:id> <t:123:R> <id:customize>
    private static bool StartsTag(string raw, int index) =>
        index < raw.Length
        && (raw[index] is '@' or '#' or ':' or '/'
            || (index + 1 < raw.Length && raw[index + 1] == ':' && raw[index] is 'a' or 't' or 'A' or 'T')
            || Follows(raw, index, "id:"));

    // Bidirectional overrides and other format controls can disguise text; tabs survive as spaces do.
    private static bool IsInvisibleControl(char c) =>
        (char.IsControl(c) && c != '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}

using System.Text;

namespace Bot.Slack.Blocks;

/// <summary>
/// Turns raw, untrusted text into safe Slack text. Only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are control characters in
/// Slack markup, so escaping those three (and nothing else) makes <c>&lt;!channel&gt;</c> or <c>&lt;@U1&gt;</c> in an
/// article render as text that notifies no one. Links (<c>&lt;url|label&gt;</c>) are only ever built here.
/// </summary>
internal static class SlackText
{
    /// <summary>Removes control, zero-width and bidi-override characters, then escapes &amp; &lt; &gt;.</summary>
    public static string Escape(string raw)
    {
        var sb = new StringBuilder(raw.Length + 16);
        foreach (var c in raw)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\t': sb.Append(' '); break;
                case '\n': sb.Append('\n'); break;
                default:
                    if (!IsInvisible(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary><c>*text*</c>, with surrounding spaces kept outside the markers (Slack ignores <c>* text*</c>).</summary>
    public static string Bold(string raw)
    {
        var escaped = Escape(raw);
        var trimmed = escaped.Trim();
        if (trimmed.Length == 0)
        {
            return escaped;
        }

        var lead = escaped[..escaped.IndexOf(trimmed, StringComparison.Ordinal)];
        var trail = escaped[(lead.Length + trimmed.Length)..];
        return $"{lead}*{trimmed}*{trail}";
    }

    /// <summary><c>&lt;url|label&gt;</c> for http(s) URLs only; anything else becomes plain escaped text.</summary>
    public static string Link(string url, string label)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Escape(label.Length > 0 ? label : url);
        }

        var safeUrl = uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("&", "&amp;", StringComparison.Ordinal);
        var text = Escape(label.Length > 0 ? label : uri.Host).Replace('|', '¦').Replace('\n', ' ');
        return $"<{safeUrl}|{text}>";
    }

    /// <summary>Cuts escaped text to <paramref name="max"/> characters at a word boundary, never inside an entity or a link.</summary>
    public static string Truncate(string escaped, int max)
    {
        if (escaped.Length <= max)
        {
            return escaped;
        }

        var cut = SafeCut(escaped, max - 1, preferSpace: true);
        return escaped[..cut].TrimEnd() + "…";
    }

    /// <summary>Splits escaped text into chunks of at most <paramref name="max"/>, at line or word boundaries.</summary>
    public static IReadOnlyList<string> Split(string escaped, int max)
    {
        var chunks = new List<string>();
        var rest = escaped;
        while (rest.Length > max)
        {
            var cut = SafeCut(rest, max, preferSpace: true);
            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    /// <summary>A cut position ≤ max that is not inside <c>&amp;…;</c> or <c>&lt;…&gt;</c>, preferring a newline or space.</summary>
    private static int SafeCut(string text, int max, bool preferSpace)
    {
        var cut = Math.Min(max, text.Length);
        var openLink = text.LastIndexOf('<', cut - 1);
        if (openLink >= 0 && text.IndexOf('>', openLink) >= cut && openLink > 0)
        {
            cut = openLink;
        }

        var amp = text.LastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 6 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        if (preferSpace)
        {
            var newline = text.LastIndexOf('\n', cut - 1);
            var space = text.LastIndexOf(' ', cut - 1);
            var boundary = newline > cut / 2 ? newline : space;
            if (boundary > cut / 2)
            {
                cut = boundary;
            }
        }

        return Math.Max(cut, 1);
    }

    private static bool IsInvisible(char c) =>
        char.IsControl(c)
        || c is >= '\u200B' and <= '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u2069'
        || c == '\uFEFF';
}

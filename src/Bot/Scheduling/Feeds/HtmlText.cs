using System.Net;
using System.Text;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// Feed text (an HTML fragment, or plain text) → paragraphs and headings. A small tolerant scanner, not a DOM:
/// block tags end a paragraph, h1–h6 become headings, script/style/iframe/svg content is dropped, entities are
/// decoded after the tags are gone (so an escaped "&amp;lt;b&amp;gt;" stays text), whitespace is folded.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "blockquote", "tr", "table", "section", "article", "header", "footer",
        "figure", "figcaption", "pre", "hr", "dd", "dt", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "aside", "nav", "main",
    };

    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "object", "head", "title",
    };

    public static IReadOnlyList<TextBlock> Blocks(string? html)
    {
        var blocks = new List<TextBlock>();
        if (string.IsNullOrWhiteSpace(html))
        {
            return blocks;
        }

        var text = new StringBuilder();
        var heading = false;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0 || !IsTagStart(html, i + 1))
            {
                text.Append(c);
                i++;
                continue;
            }

            var (name, closing) = TagName(html, i + 1, close);
            i = close + 1;
            if (!closing && DroppedTags.Contains(name) && html[close - 1] != '/')
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                i = endClose < 0 ? html.Length : endClose + 1;
                continue;
            }

            if (BlockTags.Contains(name))
            {
                Flush(blocks, text, heading);
                heading = !closing && name.Length == 2 && name[0] is 'h' or 'H' && char.IsAsciiDigit(name[1]);
            }
        }

        Flush(blocks, text, heading);
        return blocks;
    }

    /// <summary>Text labelled plain that may still be HTML (RSS descriptions are HTML by convention whatever the
    /// label): read as HTML when it has a tag, else as plain paragraphs.</summary>
    public static IReadOnlyList<TextBlock> Auto(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            if (IsTagStart(text, i + 1) && text.IndexOf('>', i + 1) > 0)
            {
                return Blocks(text);
            }
        }

        return PlainBlocks(text);
    }

    /// <summary>Plain text: paragraphs are separated by blank lines.</summary>
    public static IReadOnlyList<TextBlock> PlainBlocks(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
                .Select(Fold).Where(p => p.Length > 0).Select(p => new TextBlock(p)).ToList();

    /// <summary>One line of text from HTML (a title): tags removed, entities decoded, whitespace folded.</summary>
    public static string Inline(string? html) => string.Join(' ', Blocks(html).Select(b => b.Text));

    public static int Words(IEnumerable<TextBlock> blocks) =>
        blocks.Sum(b => b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    private static bool IsTagStart(string html, int at) =>
        at < html.Length && (char.IsAsciiLetter(html[at]) || html[at] == '/' || html[at] == '!' || html[at] == '?');

    private static (string Name, bool Closing) TagName(string html, int start, int end)
    {
        var closing = html[start] == '/';
        var from = closing ? start + 1 : start;
        var to = from;
        while (to < end && (char.IsAsciiLetterOrDigit(html[to]) || html[to] == '-' || html[to] == ':'))
        {
            to++;
        }

        return (html[from..to], closing);
    }

    private static void Flush(List<TextBlock> blocks, StringBuilder text, bool heading)
    {
        var folded = Fold(WebUtility.HtmlDecode(text.ToString()));
        text.Clear();
        if (folded.Length > 0)
        {
            blocks.Add(new TextBlock(folded, heading));
        }
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using Bot.Chat.Messages.Markup;

namespace Bot.Chat.Messages;

/// <summary>
/// Renders a message as readable plain text (the terminal channel, logs of tests, text fallbacks). Every piece of
/// text goes through <see cref="PlainText.Clean"/>, so escape sequences in article text cannot act on a terminal.
/// Links show as "label &lt;url&gt;"; quotes are indented with "> "; the footer follows a dash.
/// </summary>
public static class PlainTextRenderer
{
    public static string Render(ChatMessage message)
    {
        var sb = new StringBuilder();
        if (message.Title is not null)
        {
            sb.Append(PlainText.OneLine(message.Title)).Append('\n');
            var url = SafeUrl.Http(message.TitleUrl);
            if (url is not null)
            {
                sb.Append(url).Append('\n');
            }

            sb.Append('\n');
        }

        foreach (var block in message.Blocks)
        {
            sb.Append(RenderBlock(block)).Append('\n');
        }

        if (message.Footer is not null)
        {
            sb.Append("— ").Append(PlainText.OneLine(message.Footer)).Append('\n');
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>One block, ending with a newline; a splitter can measure with it.</summary>
    public static string RenderBlock(MessageBlock block) => block switch
    {
        HeadingBlock h => Heading(h),
        ParagraphBlock p => Indent(Inlines(p.Content), string.Empty, string.Empty) + "\n",
        ListBlock l => List(l),
        QuoteBlock q => Indent(Inlines(q.Content), "  > ", "  > ") + "\n",
        DividerBlock => "――――――――――\n",
        _ => string.Empty,
    };

    public static string Inlines(IReadOnlyList<Inline> content)
    {
        var sb = new StringBuilder();
        foreach (var inline in content)
        {
            var text = PlainText.Clean(inline.Text);
            if (inline is LinkRun link && SafeUrl.Http(link.Url) is { } url && !string.Equals(text, url, StringComparison.Ordinal))
            {
                sb.Append(text).Append(" <").Append(url).Append('>');
            }
            else
            {
                sb.Append(text);
            }
        }

        return sb.ToString();
    }

    private static string Heading(HeadingBlock h)
    {
        var text = PlainText.OneLine(h.Text);
        var url = SafeUrl.Http(h.Url);
        return url is null ? $"{text}\n" : $"{text}\n{url}\n";
    }

    private static string List(ListBlock list)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Numbered ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + ". " : "• ";
            sb.Append(Indent(Inlines(list.Items[i]), marker, new string(' ', marker.Length))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Indent(string text, string first, string rest)
    {
        var lines = text.Split('\n');
        return string.Join('\n', lines.Select((line, i) => (i == 0 ? first : rest) + line));
    }
}

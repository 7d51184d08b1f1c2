using System.Text;
using Bot.Chat.Messages;

namespace Bot.Discord.Rendering;

/// <summary>A piece of rendered markdown that stays together (a paragraph, one list item, a quote) and the
/// separator that goes before it when it is not the first thing in a description.</summary>
internal sealed record MarkdownUnit(string Text, string Separator);

/// <summary>Neutral blocks → escaped Discord markdown, one unit per paragraph, list item, quote or divider.
/// A heading is glued to the unit after it so it never ends a message on its own.</summary>
internal static class MarkdownUnits
{
    private const string Divider = "\u2015\u2015\u2015";

    public static IReadOnlyList<MarkdownUnit> From(IReadOnlyList<MessageBlock> blocks)
    {
        var units = new List<MarkdownUnit>();
        string? heading = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock h)
            {
                if (heading is not null)
                {
                    units.Add(new MarkdownUnit(heading, "\n\n"));
                }

                heading = Heading(h);
                continue;
            }

            var first = true;
            foreach (var text in Render(block))
            {
                if (text.Length == 0)
                {
                    continue;
                }

                var separator = first ? "\n\n" : "\n";
                units.Add(heading is null ? new MarkdownUnit(text, separator) : new MarkdownUnit(heading + "\n" + text, "\n\n"));
                heading = null;
                first = false;
            }
        }

        if (heading is not null)
        {
            units.Add(new MarkdownUnit(heading, "\n\n"));
        }

        return units;
    }

    public static string Inlines(IReadOnlyList<Inline> content)
    {
        var text = new StringBuilder();
        foreach (var inline in content)
        {
            var rendered = inline switch
            {
                LinkRun link => DiscordMarkdown.Link(link.Text, link.Url),
                TextRun { Bold: true } run when !string.IsNullOrWhiteSpace(run.Text) => Bold(run.Text),
                _ => DiscordMarkdown.Escape(inline.Text),
            };
            text.Append(rendered);
        }

        return text.ToString().Trim();
    }

    /// <summary>"**x**" needs the markers against the text: spaces around it ("TL;DR ") stay outside them.</summary>
    private static string Bold(string text)
    {
        var leading = text[..(text.Length - text.TrimStart().Length)];
        var trailing = text[text.TrimEnd().Length..];
        return leading + "**" + DiscordMarkdown.Escape(text.Trim()) + "**" + trailing;
    }

    private static string Heading(HeadingBlock heading)
    {
        var text = heading.Url is { } url ? DiscordMarkdown.Link(heading.Text.Trim(), url) : DiscordMarkdown.Escape(heading.Text.Trim());
        return text.Length == 0 ? "" : "**" + text + "**";
    }

    private static IEnumerable<string> Render(MessageBlock block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                yield return Inlines(paragraph.Content);
                break;
            case ListBlock list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var item = Inlines(list.Items[i]);
                    if (item.Length > 0)
                    {
                        yield return (list.Numbered ? $"{i + 1}. " : "\u2022 ") + item;
                    }
                }

                break;
            case QuoteBlock quote:
                var quoted = Inlines(quote.Content);
                if (quoted.Length > 0)
                {
                    yield return "> " + quoted.Replace("\n", "\n> ", StringComparison.Ordinal);
                }

                break;
            case DividerBlock:
                yield return Divider;
                break;
            default:
                break;
        }
    }
}

using System.Globalization;
using Bot.Chat.Messages;
using ChatDivider = Bot.Chat.Messages.DividerBlock;

namespace Bot.Slack.Blocks;

/// <summary>One Slack message: its blocks and the plain <c>text</c> fallback (notifications, screen readers).</summary>
internal sealed record SlackMessagePart(string Text, IReadOnlyList<Block> Blocks);

/// <summary>
/// Neutral <see cref="ChatMessage"/> → Block Kit (header, section, context, divider) within every limit, split into
/// several messages only between blocks or list items. Every string from the message is escaped by
/// <see cref="SlackText"/>; the only markup in the output is ours.
/// </summary>
internal static class BlockKitRenderer
{
    public static IReadOnlyList<SlackMessagePart> Render(ChatMessage message)
    {
        var units = new List<Block>();
        if (!string.IsNullOrWhiteSpace(message.Title))
        {
            units.Add(new HeaderBlock(new PlainText(SlackText.Truncate(SlackText.Escape(message.Title).Replace('\n', ' '), BlockLimits.HeaderText))));
            if (message.TitleUrl is not null && Uri.TryCreate(message.TitleUrl, UriKind.Absolute, out var uri))
            {
                units.Add(Context(SlackText.Link(message.TitleUrl, uri.Host)));
            }
        }

        foreach (var block in message.Blocks)
        {
            units.AddRange(Render(block));
        }

        if (!string.IsNullOrWhiteSpace(message.Footer))
        {
            units.Add(Context(SlackText.Truncate(SlackText.Escape(message.Footer), BlockLimits.ContextTextBudget)));
        }

        return Pack(units);
    }

    /// <summary>The text Slack counts against a message's block budget.</summary>
    internal static int TextLength(Block block) => block switch
    {
        HeaderBlock h => h.Text.Text.Length,
        SectionBlock s => (s.Text?.Text.Length ?? 0) + (s.Fields?.Sum(f => f.Text.Length) ?? 0),
        ContextBlock c => c.Elements.Sum(e => e.Text.Length),
        _ => 0,
    };

    private static IEnumerable<Block> Render(MessageBlock block) => block switch
    {
        HeadingBlock h => [Section(SlackText.Truncate(h.Url is null ? SlackText.Bold(h.Text) : $"*{SlackText.Link(h.Url, h.Text)}*", BlockLimits.SectionBudget))],
        ParagraphBlock p => Chunks(Inlines(p.Content), BlockLimits.SectionBudget).Select(Section),
        QuoteBlock q => Chunks(Inlines(q.Content), BlockLimits.SectionBudget - 200).Select(c => Section(Quote(c))),
        ListBlock l => ListSections(l),
        ChatDivider => [new DividerBlock()],
        _ => [],
    };

    /// <summary>Bullets grouped into sections of at most the budget, cut only between items (a giant item alone at words).</summary>
    private static IEnumerable<Block> ListSections(ListBlock list)
    {
        var current = new List<string>();
        var length = 0;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "• ";
            foreach (var piece in SlackText.Split(Inlines(list.Items[i]), BlockLimits.SectionBudget - 8))
            {
                var line = marker + piece;
                marker = "   ";
                if (length + line.Length + 1 > BlockLimits.SectionBudget && current.Count > 0)
                {
                    yield return Section(string.Join('\n', current));
                    current.Clear();
                    length = 0;
                }

                current.Add(line);
                length += line.Length + 1;
            }
        }

        if (current.Count > 0)
        {
            yield return Section(string.Join('\n', current));
        }
    }

    private static List<SlackMessagePart> Pack(List<Block> units)
    {
        var parts = new List<SlackMessagePart>();
        var blocks = new List<Block>();
        var length = 0;
        foreach (var unit in units)
        {
            var unitLength = TextLength(unit);
            if (blocks.Count > 0 && (blocks.Count + 1 > BlockLimits.BlocksPerMessage || length + unitLength > BlockLimits.TotalTextBudget))
            {
                parts.Add(Part(blocks));
                blocks = [];
                length = 0;
            }

            if (blocks.Count == 0 && unit is DividerBlock && parts.Count > 0)
            {
                continue;
            }

            blocks.Add(unit);
            length += unitLength;
        }

        if (blocks.Count > 0 || parts.Count == 0)
        {
            parts.Add(Part(blocks));
        }

        return parts;
    }

    private static SlackMessagePart Part(List<Block> blocks)
    {
        var texts = blocks.Select(b => b switch
        {
            HeaderBlock h => h.Text.Text,
            SectionBlock s => s.Text?.Text,
            ContextBlock c => string.Join(' ', c.Elements.Select(e => e.Text)),
            _ => null,
        }).Where(t => !string.IsNullOrEmpty(t));
        var fallback = SlackText.Truncate(string.Join('\n', texts), BlockLimits.FallbackBudget);
        return new SlackMessagePart(fallback.Length > 0 ? fallback : " ", blocks);
    }

    private static string Inlines(IReadOnlyList<Inline> runs) => string.Concat(runs.Select(r => r switch
    {
        LinkRun l => SlackText.Link(l.Url, l.Text),
        TextRun { Bold: true } t => SlackText.Bold(t.Text),
        _ => SlackText.Escape(r.Text),
    }));

    private static IEnumerable<string> Chunks(string escaped, int max) =>
        SlackText.Split(escaped, max).Where(c => !string.IsNullOrWhiteSpace(c));

    private static string Quote(string escaped) => string.Join('\n', escaped.Split('\n').Select(line => ">" + line));

    private static SectionBlock Section(string mrkdwn) => new() { Text = new Markdown(mrkdwn) };

    private static ContextBlock Context(string mrkdwn) => new([new Markdown(mrkdwn)]);
}

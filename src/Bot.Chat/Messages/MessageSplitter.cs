namespace Bot.Chat.Messages;

/// <summary>
/// What one part of a split message may hold, in the platform's own units: <see cref="Measure"/> gives a block's
/// rendered cost (e.g. code points of its markdown, separators included); title and footer are counted with
/// <see cref="MeasureText"/> on the part that carries them (the first and the last).
/// </summary>
public sealed record MessageBudget(int MaxCost, Func<MessageBlock, int> Measure, Func<string, int> MeasureText, int MaxBlocks = int.MaxValue);

/// <summary>
/// Splits a message into parts that each fit a <see cref="MessageBudget"/>. Cuts fall between blocks, or between the
/// items of a list (a numbered list continues its numbering); a single paragraph, quote or list item too big for a
/// part on its own is cut at a line, sentence or word boundary. The title goes on the first part, the footer on the
/// last; every part keeps <see cref="ChatMessage.Ephemeral"/>.
/// </summary>
public static class MessageSplitter
{
    public static IReadOnlyList<ChatMessage> Split(ChatMessage message, MessageBudget budget)
    {
        var titleCost = budget.MeasureText(message.Title ?? string.Empty);
        var footerCost = budget.MeasureText(message.Footer ?? string.Empty);
        var room = budget.MaxCost - Math.Max(titleCost, footerCost);
        ArgumentOutOfRangeException.ThrowIfLessThan(room, 8, nameof(budget));

        var atoms = message.Blocks.SelectMany(b => Atoms(b, budget, room)).ToList();
        var parts = new List<List<MessageBlock>> { new() };
        var cost = titleCost;
        foreach (var atom in atoms)
        {
            var current = parts[^1];
            if (current.Count > 0 && current[^1] is ListBlock last && atom is ListBlock next && Continues(last, next))
            {
                var merged = last with { Items = [.. last.Items, .. next.Items] };
                var mergedCost = cost - budget.Measure(last) + budget.Measure(merged);
                if (mergedCost <= room)
                {
                    current[^1] = merged;
                    cost = mergedCost;
                    continue;
                }
            }

            var atomCost = budget.Measure(atom);
            if (current.Count > 0 && (cost + atomCost > room || current.Count >= budget.MaxBlocks))
            {
                parts.Add([]);
                current = parts[^1];
                cost = 0;
            }

            current.Add(atom);
            cost += atomCost;
        }

        if (footerCost > 0 && parts.Count > 1 && cost + footerCost > budget.MaxCost)
        {
            parts.Add([]);
        }

        return parts.Select((blocks, i) => new ChatMessage(
                i == 0 ? message.Title : null,
                i == 0 ? message.TitleUrl : null,
                blocks,
                i == parts.Count - 1 ? message.Footer : null,
                message.Ephemeral))
            .ToList();
    }

    /// <summary>A list is cut into one-item lists (merged again while they fit); text blocks too big are cut.</summary>
    private static IEnumerable<MessageBlock> Atoms(MessageBlock block, MessageBudget budget, int room)
    {
        switch (block)
        {
            case ListBlock list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var one = new ListBlock([list.Items[i]], list.Numbered, list.Start + i);
                    if (budget.Measure(one) <= room)
                    {
                        yield return one;
                        continue;
                    }

                    foreach (var piece in CutInlines(list.Items[i], c => new ListBlock([c], list.Numbered, list.Start + i), budget, room))
                    {
                        yield return piece;
                    }
                }

                break;
            case ParagraphBlock p when budget.Measure(p) > room:
                foreach (var piece in CutInlines(p.Content, c => new ParagraphBlock(c), budget, room))
                {
                    yield return piece;
                }

                break;
            case QuoteBlock q when budget.Measure(q) > room:
                foreach (var piece in CutInlines(q.Content, c => new QuoteBlock(c), budget, room))
                {
                    yield return piece;
                }

                break;
            case HeadingBlock h when budget.Measure(h) > room:
                yield return h with { Text = Markup.CodePoints.Truncate(h.Text, Math.Max(1, room / 2)) };
                break;
            default:
                yield return block;
                break;
        }
    }

    /// <summary>Flattens the inlines to text pieces small enough (shrinking until the rendered piece fits); links
    /// and bold survive when a run is not cut.</summary>
    private static IEnumerable<MessageBlock> CutInlines(IReadOnlyList<Inline> content, Func<IReadOnlyList<Inline>, MessageBlock> wrap, MessageBudget budget, int room)
    {
        var pending = new List<Inline>();
        foreach (var run in content)
        {
            var candidate = wrap([.. pending, run]);
            if (budget.Measure(candidate) <= room)
            {
                pending.Add(run);
                continue;
            }

            if (pending.Count > 0)
            {
                yield return wrap(pending);
                pending = [];
            }

            if (budget.Measure(wrap([run])) <= room)
            {
                pending.Add(run);
                continue;
            }

            var limit = room;
            while (true)
            {
                var pieces = Markup.CodePoints.Count(run.Text) <= limit ? [run.Text] : TextSplitter.Split(run.Text, limit);
                var blocks = pieces.Select(t => wrap([run is TextRun tr ? tr with { Text = t } : new TextRun(t)])).ToList();
                if (blocks.All(b => budget.Measure(b) <= room) || limit <= 1)
                {
                    foreach (var b in blocks)
                    {
                        yield return b;
                    }

                    break;
                }

                limit = Math.Max(1, limit * 4 / 5);
            }
        }

        if (pending.Count > 0)
        {
            yield return wrap(pending);
        }
    }

    private static bool Continues(ListBlock last, ListBlock next) =>
        last.Numbered == next.Numbered && (!last.Numbered || last.Start + last.Items.Count == next.Start);
}

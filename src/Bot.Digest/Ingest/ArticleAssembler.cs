namespace Bot.Digest.Ingest;

/// <summary>How <see cref="ArticleAssembler"/> reads the units of one source.</summary>
/// <param name="Title">A title already known (HTML metadata); null means detect it from the first unit.</param>
/// <param name="PlainHeadings">Whether a short standalone line can be a heading (plain text); HTML has real headings.</param>
internal sealed record AssemblyRules(string? Title, bool PlainHeadings)
{
    public static AssemblyRules PlainText { get; } = new(null, PlainHeadings: true);
}

/// <summary>The parts of an article that come out of the text itself.</summary>
internal sealed record AssembledText(string? Title, IReadOnlyList<ArticleSection> Sections, string? Byline, DateTimeOffset? Published)
{
    public bool HasText => Sections.Any(s => s.Paragraphs.Count > 0);
}

/// <summary>
/// Units → title, lead and sections. Furniture goes first; then the title (the first unit when it reads like one);
/// byline/dateline lines under it; then headings split the rest into sections. A plain-text line is a heading when
/// it is short, stands alone, does not end like a sentence, and is followed by a paragraph: a one-sentence question
/// inside prose is part of its paragraph and never a heading. Headed sections without paragraphs are dropped.
/// </summary>
internal static class ArticleAssembler
{
    public static AssembledText Assemble(IReadOnlyList<TextUnit> rawUnits, AssemblyRules rules)
    {
        var units = FurnitureFilter.Apply(rawUnits);
        var position = 0;
        var title = rules.Title ?? DetectTitle(units, ref position);
        if (rules.Title is not null && units.Count > 0 && SameText(units[0].Text, rules.Title))
        {
            position = 1;
        }

        var (byline, published) = ReadDatelines(units, ref position);
        var sections = new List<ArticleSection>();
        var heading = (string?)null;
        var paragraphs = new List<string>();
        for (var i = position; i < units.Count; i++)
        {
            var unit = units[i];
            if (IsHeading(units, i, rules, title))
            {
                Close(sections, heading, paragraphs);
                heading = unit.Text;
                paragraphs = [];
            }
            else if (!(unit.IsHeading && SameText(unit.Text, title)))
            {
                paragraphs.Add(unit.Text);
            }
        }

        Close(sections, heading, paragraphs);
        return new AssembledText(title, sections, byline, published);
    }

    private static string? DetectTitle(List<TextUnit> units, ref int position)
    {
        if (units.Count < 2)
        {
            return null;
        }

        var first = units[0];
        var isTitle = first.IsHeading
            ? first.Level == 1 || units.Skip(1).All(u => !u.IsHeading || u.Level > first.Level)
            : first.Kind == UnitKind.Paragraph && LineShape.IsTitleLike(first.Text);
        if (!isTitle)
        {
            return null;
        }

        position = 1;
        return first.Text;
    }

    private static (string? Byline, DateTimeOffset? Published) ReadDatelines(List<TextUnit> units, ref int position)
    {
        string? byline = null;
        DateTimeOffset? published = null;
        for (var read = 0; read < 3 && position < units.Count - 1 && units[position].Kind == UnitKind.Paragraph; read++)
        {
            var text = units[position].Text;
            if (byline is null && DatelineParser.TryByline(text, out var name, out var date))
            {
                byline = name;
                published ??= date;
            }
            else if (published is null && DatelineParser.TryDateLine(text, out date))
            {
                published = date;
            }
            else
            {
                break;
            }

            position++;
        }

        return (byline, published);
    }

    private static bool IsHeading(List<TextUnit> units, int i, AssemblyRules rules, string? title)
    {
        var unit = units[i];
        if (unit.IsHeading)
        {
            return !SameText(unit.Text, title);
        }

        return rules.PlainHeadings
            && unit.Kind == UnitKind.Paragraph
            && i + 1 < units.Count
            && LineShape.IsHeadingLike(unit.Text)
            && IsParagraph(units[i + 1]);
    }

    private static bool IsParagraph(TextUnit unit) =>
        unit.Kind == UnitKind.ListItem || (unit.Kind == UnitKind.Paragraph && !LineShape.IsHeadingLike(unit.Text));

    private static void Close(List<ArticleSection> sections, string? heading, List<string> paragraphs)
    {
        if (sections.Count == 0)
        {
            // The lead: always Sections[0], possibly empty. Text before the first heading belongs here.
            sections.Add(new ArticleSection(0, null, heading is null ? paragraphs : []));
            if (heading is null)
            {
                return;
            }
        }

        if (heading is not null && paragraphs.Count > 0)
        {
            sections.Add(new ArticleSection(sections.Count, heading, paragraphs));
        }
    }

    private static bool SameText(string a, string? b) =>
        b is not null && string.Equals(TextCleaner.Collapse(a), TextCleaner.Collapse(b), StringComparison.OrdinalIgnoreCase);
}

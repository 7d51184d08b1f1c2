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
/// Units → title, lead and sections. Furniture goes first; then the head (<see cref="ArticleHead"/>: title,
/// byline, dateline); then headings split the rest into sections. A plain-text line is a heading when
/// it is short, stands alone, does not end like a sentence, and is followed by a paragraph: a one-sentence question
/// inside prose is part of its paragraph and never a heading. Headed sections without paragraphs are dropped.
/// </summary>
internal static class ArticleAssembler
{
    public static AssembledText Assemble(IReadOnlyList<TextUnit> rawUnits, AssemblyRules rules)
    {
        var head = ArticleHead.Read(FurnitureFilter.Apply(rawUnits), rules.Title);
        var units = head.Body;
        var title = head.Title;
        var sections = new List<ArticleSection>();
        var heading = (string?)null;
        var paragraphs = new List<string>();
        for (var i = 0; i < units.Count; i++)
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
        return new AssembledText(title, sections, head.Byline, head.Published);
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
            && IsParagraph(units[i + 1])
            && !DatelineParser.TryDateLine(unit.Text, out _);
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

    public static bool SameText(string a, string? b) =>
        b is not null && string.Equals(TextCleaner.Collapse(a), TextCleaner.Collapse(b), StringComparison.OrdinalIgnoreCase);
}

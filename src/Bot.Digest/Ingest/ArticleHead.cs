namespace Bot.Digest.Ingest;

/// <summary>
/// The top of an article: its title, and the byline/dateline lines that follow it, taken out of the body.
/// The title is the first unit when it reads like one; when that first unit is a one- or two-word crumb ("Business",
/// "World") left over from a copied page, a longer title-like line among the next few short lines is the title and
/// the crumbs go. Within the next few units, a byline ("By Priya Nair"), a role line right under it ("Business
/// reporter") and a dateline ("12 February 2025") become metadata, even with a standfirst between them and the title.
/// </summary>
internal sealed record ArticleHead(string? Title, string? Byline, DateTimeOffset? Published, List<TextUnit> Body)
{
    private const int HeadUnits = 5;

    private static readonly string[] Roles =
        ["reporter", "editor", "correspondent", "writer", "journalist", "columnist", "contributor", "staff", "analyst"];

    public static ArticleHead Read(List<TextUnit> units, string? knownTitle)
    {
        var start = 0;
        var title = knownTitle;
        if (knownTitle is null)
        {
            title = DetectTitle(units, out start);
        }
        else if (units.Count > 0 && ArticleAssembler.SameText(units[0].Text, knownTitle))
        {
            start = 1;
        }

        string? byline = null;
        DateTimeOffset? published = null;
        var afterByline = false;
        var body = new List<TextUnit>(units.Count);
        var headEnd = Math.Min(units.Count - 1, start + HeadUnits);
        for (var i = start; i < units.Count; i++)
        {
            var unit = units[i];
            if (i < headEnd && unit.Kind == UnitKind.Paragraph)
            {
                if (byline is null && DatelineParser.TryByline(unit.Text, out var name, out var date))
                {
                    (byline, published, afterByline) = (name, published ?? date, true);
                    continue;
                }

                if (published is null && DatelineParser.TryDateLine(unit.Text, out date))
                {
                    (published, afterByline) = (date, false);
                    continue;
                }

                if (afterByline && IsRoleLine(unit.Text))
                {
                    afterByline = false;
                    continue;
                }
            }

            afterByline = false;
            body.Add(unit);
        }

        return new ArticleHead(title, byline, published, body);
    }

    private static string? DetectTitle(List<TextUnit> units, out int start)
    {
        start = 0;
        if (units.Count < 2)
        {
            return null;
        }

        var first = units[0];
        if (first.IsHeading)
        {
            var isTitle = first.Level == 1 || units.Skip(1).All(u => !u.IsHeading || u.Level > first.Level);
            start = isTitle ? 1 : 0;
            return isTitle ? first.Text : null;
        }

        if (first.Kind != UnitKind.Paragraph || !LineShape.IsTitleLike(first.Text))
        {
            return null;
        }

        for (var k = 1; k <= HeadUnits && k < units.Count - 1 && WordCounter.Count(first.Text) <= 2; k++)
        {
            var unit = units[k];
            if (unit.Kind == UnitKind.Paragraph && LineShape.IsTitleLike(unit.Text) && WordCounter.Count(unit.Text) >= 4)
            {
                start = k + 1;
                return unit.Text;
            }

            if (unit.Kind != UnitKind.Paragraph || WordCounter.Count(unit.Text) > 2)
            {
                break;
            }
        }

        start = 1;
        return first.Text;
    }

    private static bool IsRoleLine(string text) =>
        WordCounter.Count(text) <= 5
        && !LineShape.EndsLikeSentence(text)
        && Roles.Any(r => text.Contains(r, StringComparison.OrdinalIgnoreCase));
}

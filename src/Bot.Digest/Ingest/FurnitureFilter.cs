namespace Bot.Digest.Ingest;

/// <summary>
/// Drops furniture units (<see cref="Furniture"/>): each furniture line wherever it is; after a line that
/// introduces a list of stories ("Related articles"), the story titles that follow it; and at the tail, everything
/// after the first furniture line that follows the article's last prose paragraph.
/// </summary>
internal static class FurnitureFilter
{
    public static List<TextUnit> Apply(IReadOnlyList<TextUnit> units)
    {
        var furniture = new bool[units.Count];
        var drop = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            if (!Furniture.IsFurniture(units[i].Text))
            {
                continue;
            }

            furniture[i] = drop[i] = true;
            if (Furniture.IntroducesStoryList(units[i].Text))
            {
                for (var j = i + 1; j < units.Count && IsStoryLine(units[j]); j++)
                {
                    drop[j] = true;
                }
            }
        }

        DropTail(units, furniture, drop);
        var kept = new List<TextUnit>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            if (!drop[i])
            {
                kept.Add(units[i]);
            }
        }

        return kept;
    }

    /// <summary>A teaser headline, a link in a list, or more furniture: anything but running text.</summary>
    private static bool IsStoryLine(TextUnit unit) =>
        unit.Kind == UnitKind.Heading || !LineShape.IsProse(unit.Text) || Furniture.IsFurniture(unit.Text);

    /// <summary>Article text for the tail rule: a sentence of a few words, or a long run of text.</summary>
    private static bool IsSentence(string text) =>
        LineShape.IsProse(text) || (LineShape.EndsLikeSentence(text) && WordCounter.Count(text) >= 2);

    private static void DropTail(IReadOnlyList<TextUnit> units, bool[] furniture, bool[] drop)
    {
        var lastProse = -1;
        for (var i = units.Count - 1; i >= 0; i--)
        {
            if (!drop[i] && units[i].Kind != UnitKind.Heading && IsSentence(units[i].Text))
            {
                lastProse = i;
                break;
            }
        }

        var firstTailFurniture = Array.IndexOf(furniture, true, lastProse + 1);
        if (firstTailFurniture > 0)
        {
            Array.Fill(drop, true, firstTailFurniture, units.Count - firstTailFurniture);
        }
    }
}

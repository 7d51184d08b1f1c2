namespace Bot.Quality.Evaluation;

/// <summary>
/// Equal length, defined once and applied to every system: the budget is the number of words (whitespace-separated)
/// in the article's LEAD-3, so LEAD-3 is never cut; every system's units are kept in its own order until the budget is
/// spent, and the unit that crosses it is cut at the budget (DUC-style word limit).
/// </summary>
public static class WordBudget
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    public static IReadOnlyList<string> Cut(IReadOnlyList<string> units, int budget)
    {
        ArgumentNullException.ThrowIfNull(units);
        var result = new List<string>();
        var left = budget;
        foreach (var unit in units)
        {
            if (left <= 0)
            {
                break;
            }

            var words = unit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            result.Add(words.Length <= left ? unit.Trim() : string.Join(' ', words.Take(left)));
            left -= Math.Min(words.Length, left);
        }

        return result;
    }
}

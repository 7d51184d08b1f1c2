using Bot.Chat.Messages.Markup;

namespace Bot.Chat.Context;

/// <summary>
/// Ranks autocomplete candidates against what was typed: its number, then a title starting with it, then title words
/// starting with each typed word, then the title containing it, then close misspellings; ties keep the list order.
/// At most 25 choices, names cut to 100 code points (Discord's limits); values are short (a number or "#id").
/// </summary>
public static class ChoiceRanker
{
    public const int MaxChoices = 25;
    public const int MaxLength = 100;

    /// <param name="candidates">(number or key the user may type, title, value sent back), in display order.</param>
    public static IReadOnlyList<Choice> Rank(IReadOnlyList<(string Key, string Title, string Value)> candidates, string? typed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var query = (typed ?? string.Empty).Trim();
        return candidates
            .Select((c, i) => (c, i, score: Score(c.Key, c.Title, query)))
            .Where(x => x.score < int.MaxValue)
            .OrderBy(x => x.score)
            .ThenBy(x => x.i)
            .Take(MaxChoices)
            .Select(x => new Choice(Name(x.c.Key, x.c.Title), CodePoints.Truncate(x.c.Value, MaxLength, string.Empty)))
            .ToList();
    }

    private static int Score(string key, string title, string query)
    {
        if (query.Length == 0)
        {
            return 0;
        }

        if (string.Equals(key, query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var t = PlainText.OneLine(title);
        if (t.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var q = WordMatcher.QueryWords(query);
        var words = WordMatcher.Words(t);
        if (q.Count > 0 && q.All(w => words.Any(tw => tw.StartsWith(w, StringComparison.Ordinal))))
        {
            return 2;
        }

        if (t.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        return q.Count > 0 && q.All(w => words.Any(tw => WordMatcher.WordMatches(w, tw))) ? 4 : int.MaxValue;
    }

    private static string Name(string key, string title)
    {
        var label = PlainText.OneLine(title);
        var name = key.Length > 0 && !key.StartsWith('#') ? $"{key}. {label}" : label;
        name = CodePoints.Truncate(name, MaxLength);
        return name.Length > 0 ? name : key.Length > 0 ? key : "(untitled)";
    }
}

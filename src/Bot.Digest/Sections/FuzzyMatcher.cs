namespace Bot.Digest.Sections;

/// <summary>The answer of <see cref="FuzzyMatcher.Resolve{T}"/>: one item, the tied candidates, or none.</summary>
public enum FuzzyMatchKind
{
    Found,
    Ambiguous,
    Unknown,
}

/// <summary>One clear winner (<see cref="Value"/>), or the items that tie for best (ambiguous), or nothing.</summary>
public sealed record FuzzyMatch<T>(FuzzyMatchKind Kind, IReadOnlyList<T> Candidates)
{
    public T? Value => Kind == FuzzyMatchKind.Found ? Candidates[0] : default;
}

/// <summary>
/// Matches what a person typed against names (section headings, article titles). Scores, best first:
/// <see cref="Exact"/> (same words), <see cref="NamePrefix"/> (the name starts with the query's words),
/// <see cref="AllWords"/> (every meaningful query word is a word of the name), <see cref="WordPrefixes"/> (each is a
/// word or the start of one, at least 3 letters), then fuzzy: each word within <see cref="AllowedTypos"/> edit
/// operations, minus 10 per typo. A query of stop words alone ("the", "of") matches nothing but an exact name.
/// <see cref="Resolve{T}"/> only answers Found when exactly one item has the best score: a tie is Ambiguous, never a guess.
/// </summary>
public static class FuzzyMatcher
{
    public const int Exact = 1000;
    public const int NamePrefix = 900;
    public const int AllWords = 800;
    public const int WordPrefixes = 700;
    public const int Fuzzy = 500;

    /// <summary>Typos tolerated in a word of this length: none up to 3 letters, 1 up to 7, then 2.</summary>
    public static int AllowedTypos(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;

    /// <summary>How well a whole query matches a name; 0 = no match.</summary>
    public static int Score(string query, string name) => Score(query, name, typing: false);

    /// <summary>
    /// The same for autocomplete, where the query is still being typed: any prefix of the name counts, and a word
    /// prefix needs only one letter.
    /// </summary>
    public static int ScoreTyping(string typed, string name) => Score(typed, name, typing: true);

    public static FuzzyMatch<T> Resolve<T>(IReadOnlyList<T> items, Func<T, string> nameOf, string query)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(nameOf);
        var scores = items.Select(item => Score(query, nameOf(item))).ToList();
        var best = scores.Count == 0 ? 0 : scores.Max();
        if (best <= 0)
        {
            return new FuzzyMatch<T>(FuzzyMatchKind.Unknown, []);
        }

        var winners = items.Where((_, i) => scores[i] == best).ToList();
        return new FuzzyMatch<T>(winners.Count == 1 ? FuzzyMatchKind.Found : FuzzyMatchKind.Ambiguous, winners);
    }

    /// <summary>Items ordered best-first for autocomplete (ties keep their order); empty input gives the first <paramref name="max"/>.</summary>
    public static IReadOnlyList<T> Rank<T>(IReadOnlyList<T> items, Func<T, string> nameOf, string typed, int max)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(nameOf);
        if (string.IsNullOrWhiteSpace(typed))
        {
            return items.Take(max).ToList();
        }

        return items
            .Select((item, index) => (Item: item, Index: index, Score: ScoreTyping(typed, nameOf(item))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .Take(max)
            .Select(s => s.Item)
            .ToList();
    }

    private static int Score(string query, string name, bool typing)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(name);
        var queryWords = NameWords.Split(query);
        var nameWords = NameWords.Split(name);
        if (queryWords.Count == 0 || nameWords.Count == 0)
        {
            return 0;
        }

        var q = string.Join(' ', queryWords);
        var n = string.Join(' ', nameWords);
        if (q == n)
        {
            return Exact;
        }

        var content = queryWords.Where(w => !NameWords.IsStopWord(w)).ToList();
        if (n.StartsWith(q, StringComparison.Ordinal) && (typing || (content.Count > 0 && n[q.Length] == ' ')))
        {
            return NamePrefix;
        }

        return content.Count == 0 ? 0 : WordScore(content, nameWords, typing ? 1 : 3);
    }

    private static int WordScore(List<string> queryWords, IReadOnlyList<string> nameWords, int minPrefix)
    {
        var typos = 0;
        var prefixes = false;
        foreach (var word in queryWords)
        {
            if (nameWords.Contains(word))
            {
                continue;
            }

            if (word.Length >= minPrefix && nameWords.Any(n => n.StartsWith(word, StringComparison.Ordinal)))
            {
                prefixes = true;
                continue;
            }

            var allowed = AllowedTypos(word.Length);
            var distance = allowed == 0 ? 1 : nameWords.Min(n => EditDistance.Compute(word, n, allowed));
            if (distance > allowed)
            {
                return 0;
            }

            typos += distance;
        }

        return typos > 0 ? Fuzzy - (10 * typos) : prefixes ? WordPrefixes : AllWords;
    }
}

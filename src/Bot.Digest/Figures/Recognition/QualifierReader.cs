namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Approximators and bounds written before a figure ("just", "well over", "at least", "up to", "nearly"): the
/// longest one that ends right before it. Kept as a field, never dropped.
/// </summary>
internal static class QualifierReader
{
    private static readonly string[][] Phrases = Build(
        "well over", "well under", "well above", "well below", "just over", "just under", "just above", "just below",
        "a little over", "a little under", "slightly more than", "slightly less than", "more than", "less than",
        "fewer than", "at least", "at most", "up to", "as much as", "as many as", "as little as", "as few as",
        "no more than", "no less than", "not more than", "in excess of", "upwards of", "close to", "nearly", "almost",
        "about", "around", "roughly", "approximately", "approx", "approx .", "some", "over", "under", "just", "only",
        "below", "above", "an estimated", "circa", "barely", "exactly", "precisely", "almost exactly", "more than just");

    /// <summary>Phrases by their last word, longest first: only those ending in the word before the figure are tried.</summary>
    private static readonly Dictionary<string, string[][]> ByLastWord = Phrases
        .GroupBy(p => p[^1], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> LastWordLookup =
        ByLastWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryRead(RecognitionContext c, int first, FigureKind kind, out string qualifier, out int start)
    {
        qualifier = "";
        start = first;
        var s = c.Scan;
        if (first - 1 < c.Floor || !LastWordLookup.TryGetValue(s.L(first - 1), out var candidates))
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            var q = first - phrase.Length;
            if (q < c.Floor || q < 0 || !Matches(s, q, phrase) || !Allowed(phrase, kind))
            {
                continue;
            }

            start = q;
            qualifier = string.Join(' ', phrase).Replace(" .", ".", StringComparison.Ordinal);
            return true;
        }

        return false;
    }

    /// <summary>"over three years" is a span of time, not more than three years; dates take no bounds.</summary>
    private static bool Allowed(string[] phrase, FigureKind kind)
    {
        if (kind is FigureKind.Date or FigureKind.Year)
        {
            return phrase is ["around"] or ["about"] or ["circa"] or ["approximately"] or ["roughly"];
        }

        return kind != FigureKind.Duration || phrase is not (["over"] or ["under"] or ["some"]);
    }

    private static bool Matches(TextScan s, int q, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!s.Is(q + i, phrase[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] Build(params string[] phrases)
    {
        var result = phrases.Select(p => p.Split(' ')).ToList();
        result.Sort((a, b) => b.Length.CompareTo(a.Length));
        return [.. result];
    }
}

namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// The extractive bullet for the same content as a failing one: the candidate (extractive digest bullet or article
/// sentence, of the same section for a section bullet) that covers most of the bullet's content words. At least
/// <see cref="MinShared"/> content words and a third of them must be shared, otherwise the bullet is dropped: a
/// loosely related sentence would change what the digest says. A candidate whose content words are mostly
/// (<see cref="Repeat"/>) in a text already shown is skipped: it would say the same thing twice.
/// </summary>
internal static class ReplacementPicker
{
    private const int MinShared = 2;
    private const double MinCoverage = 1.0 / 3;
    private const double Repeat = 0.8;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "its", "but",
        "not", "been", "will", "would", "could", "than", "into", "over", "also", "which", "who", "said", "says", "about",
        "their", "they", "them", "there", "after", "before", "while", "more", "most", "such", "only", "just", "some",
    };

    public static string? Pick(string bullet, int? section, GuardSource source, IReadOnlySet<string> shown)
    {
        var wanted = ContentWords(bullet);
        if (wanted.Count == 0)
        {
            return null;
        }

        var shownWords = shown.Select(ContentWords).ToList();
        string? best = null;
        var bestShared = 0;
        var bestFromDigest = false;
        foreach (var candidate in source.Candidates)
        {
            if ((section is not null && candidate.Section != section) || shown.Contains(GuardText.Normalise(candidate.Text)))
            {
                continue;
            }

            var words = ContentWords(candidate.Text);
            if (shownWords.Exists(s => words.Count(s.Contains) >= words.Count * Repeat))
            {
                continue;
            }

            var shared = words.Count(wanted.Contains);
            var better = shared > bestShared || (shared == bestShared && shared > 0 && candidate.FromDigest && !bestFromDigest);
            if (better)
            {
                (best, bestShared, bestFromDigest) = (candidate.Text, shared, candidate.FromDigest);
            }
        }

        return bestShared >= MinShared && bestShared >= wanted.Count * MinCoverage ? best : null;
    }

    /// <summary>Lower-cased words with a letter (numbers are what a failing bullet most often gets wrong), without
    /// stop words, crudely stemmed so "trained" meets "training".</summary>
    private static HashSet<string> ContentWords(string text) =>
        GuardText.Words(GuardText.Normalise(text))
            .Select(w => GuardText.WithoutPossessive(w.Word).ToLowerInvariant())
            .Where(w => w.Length >= 3 && w.Any(char.IsLetter) && !StopWords.Contains(w))
            .Select(Stem)
            .ToHashSet(StringComparer.Ordinal);

    private static string Stem(string word) => word switch
    {
        { Length: > 5 } when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        { Length: > 4 } when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };
}

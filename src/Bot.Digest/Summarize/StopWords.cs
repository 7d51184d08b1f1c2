namespace Bot.Digest.Summarize;

/// <summary>Function words left out of sentence similarity and headline overlap (they still count for trigrams).</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "me", "more", "most", "mr", "mrs", "ms", "much", "my", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "s", "said",
        "same", "say", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "yet", "you", "your", "t", "ve", "ll", "re", "d", "m", "like", "many", "may", "might", "must", "new", "told",
        "since", "made", "make", "according", "however", "still", "well", "back", "get", "got"
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>No stop word is longer: longer tokens skip the lookup.</summary>
    public static readonly int LongestWord = Words.Max(w => w.Length);

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}

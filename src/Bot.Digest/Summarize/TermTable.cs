namespace Bot.Digest.Summarize;

/// <summary>
/// One article's vocabulary: each distinct term (a normalised word, <see cref="WordTokenizer.Normalize"/>) gets a small
/// integer id in order of first appearance, so everything downstream works on ints and nothing depends on hash order.
/// Raw words are remembered too, so a word seen before costs one lookup (no second stop-word check or stemming).
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> terms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> termLookup;
    private readonly Dictionary<string, int> raw;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> rawLookup;
    private readonly List<bool> stop;

    /// <param name="capacity">Expected distinct words (sized once: no rehashing while the article is read).</param>
    public TermTable(int capacity = 16)
    {
        terms = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        raw = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        stop = new List<bool>(capacity);
        termLookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        rawLookup = raw.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => stop.Count;

    public bool IsStopWord(int id) => stop[id];

    /// <summary>The term id of a raw token, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> word, bool hasDigit)
    {
        if (rawLookup.TryGetValue(word, out var id))
        {
            return id;
        }

        var term = WordTokenizer.Normalize(word, hasDigit, out var isStop);
        if (!termLookup.TryGetValue(term, out id))
        {
            id = stop.Count;
            termLookup[term] = id;
            stop.Add(isStop);
        }

        rawLookup[word] = id;
        return id;
    }

    /// <summary>The term id of a raw token already in the article, or -1 (stop words too: they are not content).</summary>
    public int FindContent(ReadOnlySpan<char> word, bool hasDigit)
    {
        var term = WordTokenizer.Normalize(word, hasDigit, out var isStop);
        return !isStop && termLookup.TryGetValue(term, out var id) ? id : -1;
    }
}

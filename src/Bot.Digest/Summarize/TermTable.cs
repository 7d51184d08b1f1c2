namespace Bot.Digest.Summarize;

/// <summary>
/// One article's vocabulary: each distinct lower-cased word gets a small integer id, in order of first appearance, so
/// everything downstream works on ints and nothing depends on hash order.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<bool> stop = [];

    public TermTable() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => stop.Count;

    public bool IsStopWord(int id) => stop[id];

    public int Intern(ReadOnlySpan<char> word, bool isStop)
    {
        if (lookup.TryGetValue(word, out var id))
        {
            return id;
        }

        id = stop.Count;
        lookup[word] = id;
        stop.Add(isStop);
        return id;
    }

    /// <summary>The id of a word already seen, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var id) ? id : -1;
}

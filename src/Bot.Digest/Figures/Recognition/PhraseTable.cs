namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Multi-token phrases ("square meters", "miles an hour", "km/h", "us dollars") looked up by their first token and
/// matched longest first. Case-sensitive entries compare the original text ("MB" megabyte vs "mb" megabit).
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<Entry>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public PhraseTable()
    {
        lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private sealed record Entry(string[] Tokens, T Value, bool CaseSensitive);

    /// <summary>Adds a phrase written with spaces between tokens ("km / h" is three tokens; so is "km/h").</summary>
    public void Add(string phrase, T value, bool caseSensitive = false)
    {
        var tokens = Split(caseSensitive ? phrase : phrase.ToLowerInvariant());
        var key = caseSensitive ? tokens[0].ToLowerInvariant() : tokens[0];
        if (!byFirst.TryGetValue(key, out var list))
        {
            list = [];
            byFirst[key] = list;
        }

        list.Add(new Entry(tokens, value, caseSensitive));
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    /// <summary>The longest phrase starting at token <paramref name="t"/>; <paramref name="end"/> is the token after it.</summary>
    public bool TryMatch(TextScan s, int t, out T value, out int end)
    {
        value = default!;
        end = t;
        if (t >= s.Count || !lookup.TryGetValue(s.L(t), out var list))
        {
            return false;
        }

        foreach (var entry in list)
        {
            if (Matches(s, t, entry))
            {
                value = entry.Value;
                end = t + entry.Tokens.Length;
                return true;
            }
        }

        return false;
    }

    private static bool Matches(TextScan s, int t, Entry entry)
    {
        for (var i = 0; i < entry.Tokens.Length; i++)
        {
            var k = t + i;
            if (k >= s.Count)
            {
                return false;
            }

            var token = entry.CaseSensitive ? s.T(k) : s.L(k);
            if (!token.SequenceEqual(entry.Tokens[i]))
            {
                return false;
            }

            // "km/h" and "m2" are glued; "12 m 2 dm" is not square metres.
            if (i > 0 && s[k].Kind != TokenKind.Word && !s.Attached(k))
            {
                return false;
            }

            if (i > 0 && s[k - 1].Kind == TokenKind.Punct && !s.Attached(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tokenises a phrase the way <see cref="Tokenizer"/> would.</summary>
    private static string[] Split(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var result = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            result[i] = phrase.Substring(tokens[i].Start, tokens[i].Length);
        }

        return result;
    }
}

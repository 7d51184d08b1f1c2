namespace Bot.Quality.Rouge;

/// <summary>
/// ROUGE with rouge-score's settings (use_stemmer=True): ROUGE-N over all tokens, ROUGE-Lsum as the summary-level
/// union LCS over newline-separated sentences (ROUGE-1.5.5's ROUGE-L), each token hit counted at most as often as it
/// occurs on both sides. Texts are one sentence per line.
/// </summary>
public static class RougeScorer
{
    public static RougeScores Score(string reference, string candidate)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        var refLines = Lines(reference);
        var candLines = Lines(candidate);
        var refTokens = refLines.SelectMany(l => l).ToList();
        var candTokens = candLines.SelectMany(l => l).ToList();
        return new RougeScores(RougeN(refTokens, candTokens, 1), RougeN(refTokens, candTokens, 2), RougeLsum(refLines, candLines));
    }

    public static RougeScore RougeN(IReadOnlyList<string> reference, IReadOnlyList<string> candidate, int n)
    {
        var refGrams = Ngrams(reference, n);
        var candGrams = Ngrams(candidate, n);
        var hits = 0;
        foreach (var (gram, count) in refGrams)
        {
            if (candGrams.TryGetValue(gram, out var c))
            {
                hits += Math.Min(count, c);
            }
        }

        return RougeScore.From(hits, Math.Max(candidate.Count - n + 1, 0), Math.Max(reference.Count - n + 1, 0));
    }

    public static RougeScore RougeLsum(IReadOnlyList<List<string>> reference, IReadOnlyList<List<string>> candidate)
    {
        var m = reference.Sum(s => s.Count);
        var n = candidate.Sum(s => s.Count);
        if (m == 0 || n == 0)
        {
            return RougeScore.Zero;
        }

        var refCounts = Counts(reference);
        var candCounts = Counts(candidate);
        var hits = 0;
        foreach (var sentence in reference)
        {
            var union = new SortedSet<int>();
            foreach (var c in candidate)
            {
                union.UnionWith(Lcs.Indices(sentence, c));
            }

            foreach (var index in union)
            {
                var token = sentence[index];
                if (candCounts.GetValueOrDefault(token) > 0 && refCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candCounts[token]--;
                    refCounts[token]--;
                }
            }
        }

        return RougeScore.From(hits, n, m);
    }

    /// <summary>Non-empty lines (rouge-score drops zero-length lines), each tokenized.</summary>
    public static List<List<string>> Lines(string text) =>
        text.Split('\n').Where(l => l.Length > 0).Select(l => RougeTokenizer.Tokenize(l)).ToList();

    private static Dictionary<string, int> Ngrams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }

        return grams;
    }

    private static Dictionary<string, int> Counts(IEnumerable<List<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}

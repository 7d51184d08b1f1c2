namespace Bot.Quality.Rouge;

/// <summary>Longest common subsequence over tokens, read out the way rouge-score does (so the union LCS matches).</summary>
public static class Lcs
{
    public static int Length(IReadOnlyList<string> a, IReadOnlyList<string> b) => Table(a, b)[a.Count, b.Count];

    /// <summary>
    /// Indices into <paramref name="reference"/> of one longest common subsequence with <paramref name="candidate"/>.
    /// Backtracking from the end: on equal tokens take the diagonal; otherwise move along the candidate when that keeps a
    /// strictly longer LCS, else along the reference. The choice matters for the summary-level union.
    /// </summary>
    public static List<int> Indices(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        var t = Table(reference, candidate);
        var result = new List<int>();
        var i = reference.Count;
        var j = candidate.Count;
        while (i > 0 && j > 0)
        {
            if (string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal))
            {
                result.Add(i - 1);
                i--;
                j--;
            }
            else if (t[i, j - 1] > t[i - 1, j])
            {
                j--;
            }
            else
            {
                i--;
            }
        }

        result.Reverse();
        return result;
    }

    private static int[,] Table(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var t = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                t[i, j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? t[i - 1, j - 1] + 1
                    : Math.Max(t[i - 1, j], t[i, j - 1]);
            }
        }

        return t;
    }
}

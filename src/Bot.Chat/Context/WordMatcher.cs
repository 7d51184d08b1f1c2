using System.Globalization;
using System.Text;

namespace Bot.Chat.Context;

/// <summary>
/// Matches what a user typed against titles, word by word: equal, a prefix (3+ letters), or a close misspelling
/// (one edit for 5–7 letters, two for 8+). Case, accents and punctuation are ignored; a few filler words are dropped
/// from queries. THE SEAM for article and autocomplete matching: when Bot.Digest's fuzzy word matcher lands, this
/// class delegates to it so sections and articles match the same way.
/// </summary>
public static class WordMatcher
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "a", "an", "the", "of", "on", "in", "and", "or", "to", "for" };

    /// <summary>Lower-case letter/digit runs without accents ("‘distilled’ foundations?" → distilled, foundations).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }

    /// <summary>The query's words without filler (all of them when every word is filler).</summary>
    public static IReadOnlyList<string> QueryWords(string? query)
    {
        var words = Words(query);
        var meaningful = words.Where(w => !Filler.Contains(w)).ToList();
        return meaningful.Count > 0 ? meaningful : words;
    }

    /// <summary>True when every query word matches some word of the title.</summary>
    public static bool MatchesAll(string query, string title)
    {
        var q = QueryWords(query);
        var t = Words(title);
        return q.Count > 0 && q.All(w => t.Any(tw => WordMatches(w, tw)));
    }

    public static bool WordMatches(string typed, string word)
    {
        if (string.Equals(typed, word, StringComparison.Ordinal))
        {
            return true;
        }

        if (typed.Length >= 3 && word.StartsWith(typed, StringComparison.Ordinal))
        {
            return true;
        }

        var allowed = typed.Length >= 8 ? 2 : typed.Length >= 5 ? 1 : 0;
        return allowed > 0 && Math.Abs(typed.Length - word.Length) <= allowed && Distance(typed, word, allowed) <= allowed;
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours counts once), stopping early past the bound.</summary>
    public static int Distance(string a, string b, int bound)
    {
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cur[j] = Math.Min(cur[j], prev2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return prev[b.Length];
    }
}

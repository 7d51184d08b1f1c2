using Bot.Quality.Rouge;

namespace Bot.Quality.Evaluation;

/// <summary>
/// Sentence-level precision/recall against an EXTRACTIVE reference (a subset of the article's sentences). A summary
/// unit matches a reference sentence when at least 90% of its tokens appear in that sentence in order (LCS), so a
/// bullet shortened by deletion, or a unit cut at the budget, still counts as the sentence it came from.
/// Each unit matches at most one reference sentence (its best). Precision = matching units ÷ units; recall = reference sentences matched by some unit ÷ reference sentences.
/// </summary>
public static class SentenceMatcher
{
    public const double Threshold = 0.9;

    public static (double Precision, double Recall) Score(IReadOnlyList<List<string>> units, IReadOnlyList<List<string>> references)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(references);
        var nonEmpty = units.Where(u => u.Count > 0).ToList();
        if (nonEmpty.Count == 0 || references.Count == 0)
        {
            return (0, 0);
        }

        var matchedRefs = new bool[references.Count];
        var hits = 0;
        foreach (var unit in nonEmpty)
        {
            // The unit counts for the one reference sentence it matches best (the first on a tie), so a short cut-off
            // tail cannot claim several.
            var best = -1;
            var bestLength = 0;
            for (var r = 0; r < references.Count; r++)
            {
                var length = Lcs.Length(unit, references[r]);
                if (length >= Threshold * unit.Count && length > bestLength)
                {
                    best = r;
                    bestLength = length;
                }
            }

            if (best >= 0)
            {
                matchedRefs[best] = true;
                hits++;
            }
        }

        return (hits / (double)nonEmpty.Count, matchedRefs.Count(m => m) / (double)references.Count);
    }
}

namespace Bot.Digest.Summarize;

/// <summary>
/// Greedy selection: at each step, the best candidate by score (plus a bonus for carrying a top key figure that nothing
/// chosen so far carries), ties to the earlier sentence, among those that pass the bullet rules: long enough, not a
/// question, not half of a quotation the splitter cut (unbalanced double quotes), its bullet within the hard word cap, no content-word trigram shared with what is already chosen
/// (redundancy), and a pronoun or "the company" subject only when what it refers to is already chosen.
/// Because every step looks at all candidates again, a pick can supply the antecedent a better sentence waited for.
/// </summary>
internal sealed class Selector
{
    private readonly ArticleProfile profile;
    private readonly SummaryWeights weights;
    private readonly int[][] topFigures;
    private readonly BulletCache bullets;
    private readonly bool[] chosen;
    private readonly HashSet<long> trigrams = [];
    private readonly HashSet<int> coveredFigures = [];

    /// <param name="topFigures">Per sentence: ids of the top key figures it carries (same id = same figure).</param>
    public Selector(ArticleProfile profile, SummaryWeights weights, int[][] topFigures, BulletCache bullets)
    {
        this.profile = profile;
        this.weights = weights;
        this.topFigures = topFigures;
        this.bullets = bullets;
        chosen = new bool[profile.Sentences.Length];
    }

    /// <summary>Words in everything chosen so far (as bullets).</summary>
    public int ChosenWords { get; private set; }

    public string Bullet(int index) => bullets.Bullet(index);

    /// <summary>
    /// Picks up to <paramref name="count"/> of <paramref name="members"/> (profile indices), whose scores are
    /// <paramref name="scores"/> (same order), stopping early once <see cref="ChosenWords"/> reaches the budget.
    /// </summary>
    public List<int> Pick(IReadOnlyList<int> members, double[] scores, int count, int? wordBudget = null)
    {
        var picked = new List<int>();
        var rejected = new bool[members.Count];
        var waiting = new bool[members.Count];
        while (picked.Count < count && (wordBudget is not { } budget || ChosenWords < budget))
        {
            Array.Clear(waiting);
            var next = -1;
            while (next < 0 && Best(members, scores, rejected, waiting) is { } k)
            {
                var i = members[k];
                if (!Acceptable(i) || Blocked(i))
                {
                    // Neither can change for the better as more is chosen.
                    rejected[k] = true;
                }
                else if (!AntecedentPresent(i))
                {
                    // Its antecedent may be chosen later: skip it for this step only.
                    waiting[k] = true;
                }
                else
                {
                    next = i;
                }
            }

            if (next < 0)
            {
                break;
            }

            Choose(next);
            picked.Add(next);
        }

        return picked;
    }

    /// <summary>
    /// The best remaining candidate by score plus coverage bonus, quantised so a last-bit difference between
    /// platforms' Math.Log cannot reorder; ties go to the earlier sentence (members are in article order). The
    /// expensive checks then run only on the few candidates at the top.
    /// </summary>
    private int? Best(IReadOnlyList<int> members, double[] scores, bool[] rejected, bool[] waiting)
    {
        int? best = null;
        var bestKey = long.MinValue;
        for (var k = 0; k < members.Count; k++)
        {
            if (chosen[members[k]] || rejected[k] || waiting[k])
            {
                continue;
            }

            var key = (long)Math.Round((scores[k] + CoverageBonus(members[k])) * 1e9);
            if (key > bestKey)
            {
                best = k;
                bestKey = key;
            }
        }

        return best;
    }

    public void Choose(int i)
    {
        chosen[i] = true;
        ChosenWords += bullets.Words(i);
        coveredFigures.UnionWith(topFigures[i]);
        var t = profile.Sentences[i].Tokens;
        for (var k = 0; k + 2 < t.Length; k++)
        {
            if (Informative(t, k))
            {
                trigrams.Add(Trigram(t, k));
            }
        }
    }

    private double CoverageBonus(int i)
    {
        foreach (var f in topFigures[i])
        {
            if (!coveredFigures.Contains(f))
            {
                return weights.FigureCoverageWeight;
            }
        }

        return 0;
    }

    private bool Acceptable(int i)
    {
        var s = profile.Sentences[i];
        if (s.Words < weights.MinWords || s.Text.TrimEnd().EndsWith('?') || s.CutQuotation)
        {
            return false;
        }

        var words = bullets.Words(i);
        return words >= Math.Min(weights.MinWords, s.Words) && words <= weights.BulletHardMaxWords;
    }

    private bool Blocked(int i)
    {
        if (!weights.TrigramBlocking)
        {
            return false;
        }

        var t = profile.Sentences[i].Tokens;
        for (var k = 0; k + 2 < t.Length; k++)
        {
            if (Informative(t, k) && trigrams.Contains(Trigram(t, k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool AntecedentPresent(int i)
    {
        switch (bullets.Needs(i))
        {
            case Antecedent.PreviousSentence:
                return i > 0 && chosen[i - 1] && profile.Sentences[i - 1].Sentence.Section == profile.Sentences[i].Sentence.Section;
            case Antecedent.EarlierMention:
                for (var j = 0; j < i; j++)
                {
                    if (chosen[j])
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// A trigram counts for blocking only when at least two of its words are content words: "one of the" or
    /// "said it was" are shared by unrelated sentences; "512 H800 chips" is a repeat.
    /// </summary>
    private bool Informative(int[] t, int k)
    {
        var stops = (profile.Table.IsStopWord(t[k]) ? 1 : 0) + (profile.Table.IsStopWord(t[k + 1]) ? 1 : 0) +
                    (profile.Table.IsStopWord(t[k + 2]) ? 1 : 0);
        return stops <= 1;
    }

    private static long Trigram(int[] t, int k) => ((long)t[k] << 42) | ((long)t[k + 1] << 21) | (long)t[k + 2];
}

namespace Bot.Digest.Summarize;

/// <summary>
/// Position-aware directed centrality in the manner of PacSum (Zheng &amp; Lapata 2019), over tf-idf cosine
/// similarities (LexRank's idf-modified cosine). Edges below min + β·(max − min) are dropped; a sentence gains
/// λ<sub>after</sub> for every later sentence it resembles and λ<sub>before</sub> (usually ≤ 0) for every earlier one,
/// because in news the sentence that later sentences elaborate on is the one that matters.
/// Result scaled to [0, 1]; all zeros when nothing differs.
/// </summary>
internal static class Centrality
{
    public static double[] Compute(ArticleProfile profile, SummaryWeights weights)
    {
        var s = profile.Sentences;
        var n = s.Length;
        var result = new double[n];
        if (n < 2)
        {
            return result;
        }

        var norms = new double[n];
        for (var i = 0; i < n; i++)
        {
            norms[i] = Norm(s[i], profile.Idf);
        }

        var sim = Dots(profile);
        var min = double.MaxValue;
        var max = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var v = norms[i] > 0 && norms[j] > 0 ? sim[(i * n) + j] / (norms[i] * norms[j]) : 0;
                sim[(i * n) + j] = v;
                sim[(j * n) + i] = v;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        var threshold = min + (weights.EdgeThreshold * (max - min));
        for (var i = 0; i < n; i++)
        {
            double before = 0, after = 0;
            for (var j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var e = sim[(i * n) + j] - threshold;
                if (e <= 0)
                {
                    continue;
                }

                if (j < i)
                {
                    before += e;
                }
                else
                {
                    after += e;
                }
            }

            result[i] = (weights.LambdaBefore * before) + (weights.LambdaAfter * after);
        }

        if (!weights.CentralityMeanScaling)
        {
            return Scale.ToUnit(result);
        }

        for (var i = 0; i < n; i++)
        {
            result[i] /= n - 1;
        }

        return result;
    }

    private static double Norm(SentenceProfile p, double[] idf)
    {
        double sum = 0;
        for (var k = 0; k < p.Terms.Length; k++)
        {
            var w = p.Counts[k] * idf[p.Terms[k]];
            sum += w * w;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>
    /// All pairwise tf-idf dot products (upper triangle, i &lt; j) through an inverted index: each term adds to the pairs
    /// of sentences that share it, so the cost is Σ df² rather than n² merges. Terms are visited in id order and
    /// sentences in article order: the same sums on every run and machine.
    /// </summary>
    private static double[] Dots(ArticleProfile profile)
    {
        var s = profile.Sentences;
        var n = s.Length;
        var idf = profile.Idf;
        var start = new int[profile.Table.Count + 1];
        foreach (var p in s)
        {
            foreach (var t in p.Terms)
            {
                start[t + 1]++;
            }
        }

        for (var t = 0; t < profile.Table.Count; t++)
        {
            start[t + 1] += start[t];
        }

        var fill = (int[])start.Clone();
        var who = new int[start[^1]];
        var weight = new double[start[^1]];
        for (var i = 0; i < n; i++)
        {
            var p = s[i];
            for (var k = 0; k < p.Terms.Length; k++)
            {
                var at = fill[p.Terms[k]]++;
                who[at] = i;
                weight[at] = p.Counts[k] * idf[p.Terms[k]];
            }
        }

        var dots = new double[n * n];
        for (var t = 0; t < profile.Table.Count; t++)
        {
            for (var a = start[t]; a < start[t + 1]; a++)
            {
                for (var b = a + 1; b < start[t + 1]; b++)
                {
                    dots[(who[a] * n) + who[b]] += weight[a] * weight[b];
                }
            }
        }

        return dots;
    }
}

internal static class Scale
{
    /// <summary>Min-max scaling to [0, 1] in place; a flat vector becomes all zeros.</summary>
    public static double[] ToUnit(double[] values)
    {
        if (values.Length == 0)
        {
            return values;
        }

        var min = values.Min();
        var max = values.Max();
        var range = max - min;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = range > 1e-12 ? (values[i] - min) / range : 0;
        }

        return values;
    }
}

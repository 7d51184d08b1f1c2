namespace Bot.Scheduling.Stories;

/// <summary>
/// Groups near-duplicate stories: two stories are one when the word sets of their title and lead
/// (<see cref="StoryWords"/>) have a Jaccard similarity at or above the threshold (Feeds:ClusterSimilarity, 0.5 by
/// default: syndicated copy and light rewrites of one report land around 0.55–0.9, different stories on one topic
/// below 0.3). Clusters are transitive (union–find). Exact, and fast on thousands of stories: only pairs that share
/// a word in their "prefix" (rarest words first) are compared, which cannot miss a pair above the threshold.
/// </summary>
public static class StoryClusterer
{
    /// <summary>Cluster ids, one per input (the index of the cluster's first member), in input order.</summary>
    public static int[] Cluster(IReadOnlyList<IReadOnlySet<string>> stories, double threshold)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        var parent = Enumerable.Range(0, stories.Count).ToArray();

        // Global order: rarest word first, so prefixes are short and selective.
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in stories.SelectMany(s => s))
        {
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var sorted = stories.Select(s => s.OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal).ToArray()).ToList();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var x = 0; x < sorted.Count; x++)
        {
            var words = sorted[x];
            if (words.Length == 0)
            {
                continue;
            }

            var prefix = words.Length - (int)Math.Ceiling(threshold * words.Length - 1e-9) + 1;
            var seen = new HashSet<int>();
            foreach (var word in words.Take(prefix))
            {
                if (index.TryGetValue(word, out var others))
                {
                    foreach (var y in others.Where(seen.Add))
                    {
                        if (StoryWords.Jaccard(stories[x], stories[y]) >= threshold)
                        {
                            Union(parent, x, y);
                        }
                    }

                    others.Add(x);
                }
                else
                {
                    index[word] = [x];
                }
            }
        }

        return Enumerable.Range(0, stories.Count).Select(i => Find(parent, i)).ToArray();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}

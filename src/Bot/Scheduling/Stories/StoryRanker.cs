using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Scheduling.Stories;

/// <summary>
/// Orders a channel's new stories for its digest. Near-duplicates are merged first (<see cref="StoryClusterer"/>), the
/// merged story listing every source; a story too similar to one the channel was recently sent is dropped as a
/// repeat. Then each story is scored:
/// <list type="bullet">
/// <item>novelty (weight 0.5): recency, halving every 24 hours since it was published (or first seen), times
/// (1 − its similarity to the stories of the channel's last digest);</item>
/// <item>figure content (0.25): key figures in the text, 3 or more scoring full;</item>
/// <item>source count (0.25): other feeds carrying the same story, 3 or more scoring full;</item>
/// <item>a teaser-only story scores × 0.85, so a full text wins a tie.</item>
/// </list>
/// Counting figures costs a pass of the figure extractor, so it is done lazily, best upper bound first, stopping when no
/// remaining story could enter the top places (the threshold algorithm): ranking thousands of stories stays cheap.
/// </summary>
public sealed class StoryRanker(double threshold, Func<Article, int>? countFigures = null)
{
    public const double NoveltyWeight = 0.5;
    public const double FigureWeight = 0.25;
    public const double SourceWeight = 0.25;
    public const double TeaserFactor = 0.85;

    private static readonly TimeSpan HalfLife = TimeSpan.FromHours(24);

    private readonly Func<Article, int> countFigures = countFigures ?? (a => Digester.Figures(a).Count);

    /// <param name="recent">Word sets of the stories the channel was sent lately (repeats are dropped).</param>
    /// <param name="places">How many stories must be exactly ordered at the top (the digest size plus spares).</param>
    public StoryRanking Rank(IReadOnlyList<StoryCandidate> candidates, IReadOnlyList<IReadOnlySet<string>> recent, DateTimeOffset now, int places)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(recent);
        var words = candidates.Select(c => StoryWords.Of(c.Article)).ToList();
        var clusterIds = StoryClusterer.Cluster(words, threshold);
        var decisions = new List<StoryDecision>();
        var partial = new List<(RankedStory Story, double Upper)>();
        foreach (var group in Enumerable.Range(0, candidates.Count).GroupBy(i => clusterIds[i]))
        {
            var members = group.OrderBy(i => candidates[i].IsTeaser).ThenByDescending(i => candidates[i].Article.WordCount).ThenBy(i => candidates[i].SeenAt).ToList();
            var face = candidates[members[0]];
            foreach (var other in members.Skip(1))
            {
                decisions.Add(new StoryDecision(candidates[other].Title, candidates[other].Article.Url, false,
                    FormattableString.Invariant($"same story as “{face.Title}” (similar text {StoryWords.Jaccard(words[other], words[members[0]]):0.00}); listed as another source")));
            }

            var repeat = recent.Select(r => StoryWords.Jaccard(words[members[0]], r)).DefaultIfEmpty(0).Max();
            if (repeat >= threshold)
            {
                decisions.Add(new StoryDecision(face.Title, face.Article.Url, false, FormattableString.Invariant($"a story this channel was just sent (similar text {repeat:0.00})")));
                continue;
            }

            var sources = members.SelectMany(i => candidates[i].Sources).DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
            var age = now - (face.Article.Published is { } published && published <= now ? published : face.SeenAt);
            var recency = Math.Pow(0.5, Math.Max(0, age.TotalHours) / HalfLife.TotalHours);
            var novelty = recency * (1 - repeat);
            var factor = face.IsTeaser ? TeaserFactor : 1;
            var sourceScore = Math.Min(Math.Max(sources.Count - 1, 0), 3) / 3.0;
            var baseScore = (NoveltyWeight * novelty + SourceWeight * sourceScore) * factor;
            var story = new RankedStory(face, members.Select(i => candidates[i]).ToList(), sources, baseScore, novelty, -1);
            partial.Add((story, baseScore + FigureWeight * factor));
        }

        return new StoryRanking(Score(partial, places), decisions);
    }

    /// <summary>Counts figures best upper bound first until the top <paramref name="places"/> are certain.</summary>
    private List<RankedStory> Score(List<(RankedStory Story, double Upper)> partial, int places)
    {
        var byUpper = partial.OrderByDescending(p => p.Upper).ThenBy(p => p.Story.Representative.Key, StringComparer.Ordinal).ToList();
        var scored = new List<RankedStory>();
        var top = new PriorityQueue<double, double>();
        var next = 0;
        for (; next < byUpper.Count; next++)
        {
            if (top.Count >= places && byUpper[next].Upper < top.Peek())
            {
                break;
            }

            var story = byUpper[next].Story;
            var face = story.Representative;
            var figures = face.FigureCount ?? countFigures(face.Article);
            var factor = face.IsTeaser ? TeaserFactor : 1;
            var score = story.Score + FigureWeight * factor * Math.Min(figures, 3) / 3.0;
            scored.Add(story with { Score = score, Figures = figures });
            top.Enqueue(score, score);
            if (top.Count > places)
            {
                top.Dequeue();
            }
        }

        var ranked = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Representative.Key, StringComparer.Ordinal).ToList();
        ranked.AddRange(byUpper.Skip(next).Select(p => p.Story));
        return ranked;
    }
}

/// <summary>Stories best first (figures counted for the top places; the tail in upper-bound order), and the decisions
/// about candidates that are not stories of their own (merged duplicates, repeats).</summary>
public sealed record StoryRanking(IReadOnlyList<RankedStory> Stories, IReadOnlyList<StoryDecision> Decisions);

using Bot.Digest.Ingest;
using Bot.Scheduling.Stories;

namespace Bot.Tests.Scheduling;

public sealed class StoryClustererTests
{
    // Two outlets' versions of one report, a follow-up on the same topic, and an unrelated story.
    private static readonly Article TramA = Story("Council approves new tram line to the airport",
        "The city council voted 31 to 12 on Tuesday to approve a 480 million euro tram line linking the central station with the airport.");

    private static readonly Article TramB = Story("Airport tram line approved by council",
        "City councillors voted 31-12 on Tuesday to approve the 480 million euro tram line between the central station and the airport.");

    private static readonly Article TramDelay = Story("Tram line construction delayed by a year",
        "Work on the airport tram line will start in 2028, a year later than planned, the transport authority said on Friday.");

    private static readonly Article Inflation = Story("Inflation falls to 2.1% in March", "Consumer prices rose more slowly than economists expected.");

    [Fact]
    public void Words_NormaliseTitleAndLead()
    {
        // Hand-derived: stop words (the, to, a, on, with, new) and one-letter tokens dropped, "approves" → "approve".
        string[] expected = ["council", "approve", "tram", "line", "airport", "city", "voted", "31", "12", "tuesday", "480", "million", "euro", "linking", "central", "station"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), StoryWords.Of(TramA).Order(StringComparer.Ordinal));
        Assert.Contains("councillor", StoryWords.Of(TramB));
        Assert.Equal(["480", "ecole"], StoryWords.Of("€480m École!").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Jaccard_TwoVersionsOfOneReport_Is15Of19()
    {
        // Shared: council tram line airport city voted 31 12 tuesday approve 480 million euro central station (15);
        // only A: linking; only B: approved councillor between → union 19.
        Assert.Equal(15.0 / 19, StoryWords.Jaccard(StoryWords.Of(TramA), StoryWords.Of(TramB)), 9);
        Assert.Equal(3.0 / 26, StoryWords.Jaccard(StoryWords.Of(TramA), StoryWords.Of(TramDelay)), 9);
    }

    [Fact]
    public void Cluster_AtTheDefaultThreshold_MergesOnlyTheTwoVersions()
    {
        var ids = StoryClusterer.Cluster([.. new[] { TramA, TramB, TramDelay, Inflation }.Select(StoryWords.Of)], 0.5);

        Assert.Equal([0, 0, 2, 3], ids);
    }

    [Fact]
    public void Cluster_IsTransitive_AndInclusiveAtTheThreshold()
    {
        var x = StoryWords.Of("alpha bravo charlie delta");
        var y = StoryWords.Of("alpha bravo charlie delta echo foxtrot");
        var z = StoryWords.Of("charlie delta echo foxtrot golf hotel");
        Assert.Equal(0.5, StoryWords.Jaccard(y, z));
        Assert.True(StoryWords.Jaccard(x, z) < 0.5);

        Assert.Equal([0, 0, 0], StoryClusterer.Cluster([x, y, z], 0.5));
        Assert.Equal([0, 0, 2], StoryClusterer.Cluster([x, y, z], 0.51));
    }

    [Fact]
    public void Cluster_PrefixFilter_FindsExactlyWhatComparingEveryPairFinds()
    {
        var random = new Random(20260329);
        var vocabulary = Enumerable.Range(0, 60).Select(i => $"word{i}x").ToArray();
        var sets = Enumerable.Range(0, 300)
            .Select(_ => (IReadOnlySet<string>)Enumerable.Range(0, random.Next(0, 12)).Select(_ => vocabulary[random.Next(random.Next(5, 60))]).ToHashSet())
            .ToList();

        foreach (var threshold in new[] { 0.3, 0.5, 0.7 })
        {
            Assert.Equal(BruteForce(sets, threshold), StoryClusterer.Cluster(sets, threshold));
        }
    }

    [Fact]
    public void Cluster_EmptyWordSets_StayAlone()
    {
        Assert.Equal([0, 1], StoryClusterer.Cluster([new HashSet<string>(), new HashSet<string>()], 0.5));
    }

    private static int[] BruteForce(List<IReadOnlySet<string>> sets, double threshold)
    {
        var ids = Enumerable.Range(0, sets.Count).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < sets.Count; i++)
            {
                for (var j = 0; j < sets.Count; j++)
                {
                    if (i != j && StoryWords.Jaccard(sets[i], sets[j]) >= threshold && ids[j] > ids[i])
                    {
                        ids[j] = ids[i];
                        changed = true;
                    }
                }
            }
        }

        return ids;
    }

    private static Article Story(string title, string lead) => new("test", title, [new ArticleSection(0, null, [lead])]);
}

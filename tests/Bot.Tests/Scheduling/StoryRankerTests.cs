using Bot.Chat.Messages;
using Bot.Digest.Ingest;
using Bot.Scheduling.Stories;

namespace Bot.Tests.Scheduling;

public sealed class StoryRankerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 29, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rank_NewerStoryFirst_AllElseEqual()
    {
        var old = Candidate("item:1", "Harbour closed after the storm", Now.AddHours(-30));
        var fresh = Candidate("item:2", "Market opens on Sunday morning", Now.AddHours(-1));

        var ranking = Ranker().Rank([old, fresh], [], Now, 5);

        Assert.Equal(["item:2", "item:1"], ranking.Stories.Select(s => s.Representative.Key));
        // Novelty 0.5^(1/24) and 0.5^(30/24), weighted 0.5; no figures, one source each.
        Assert.Equal(0.5 * Math.Pow(0.5, 1 / 24.0), ranking.Stories[0].Score, 9);
        Assert.Equal(0.5 * Math.Pow(0.5, 30 / 24.0), ranking.Stories[1].Score, 9);
    }

    [Fact]
    public void Rank_StoryFromThreeSources_OutranksAFresherLoneStory()
    {
        var lone = Candidate("item:9", "Market opens on Sunday morning", Now.AddHours(-1));
        var a = Candidate("item:1", "Council approves airport tram line after vote", Now.AddHours(-6), "Gazette");
        var b = Candidate("item:2", "Council approves airport tram line after long vote", Now.AddHours(-6), "Wire");
        var c = Candidate("item:3", "Council approves the airport tram line after vote", Now.AddHours(-6), "Datablog");

        var ranking = Ranker().Rank([lone, a, b, c], [], Now, 5);

        var top = ranking.Stories[0];
        Assert.Equal(3, top.Members.Count);
        Assert.Equal(["Gazette", "Wire", "Datablog"], top.Sources.Select(s => s.Name));
        Assert.Equal(0.5 * Math.Pow(0.5, 6 / 24.0) + 0.25 * (2 / 3.0), top.Score, 9);
        Assert.Equal(2, ranking.Decisions.Count(d => d.Reason.StartsWith("same story as", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rank_FigureContent_BreaksTheTie()
    {
        var plain = Candidate("item:1", "Harbour closed after the storm", Now.AddHours(-2), figures: 0);
        var numbers = Candidate("item:2", "Market opens on Sunday morning", Now.AddHours(-2), figures: 4);

        var ranking = Ranker().Rank([plain, numbers], [], Now, 5);

        Assert.Equal("item:2", ranking.Stories[0].Representative.Key);
        Assert.Equal(4, ranking.Stories[0].Figures);
    }

    [Fact]
    public void Rank_TeaserScoresLessThanTheSameFullText()
    {
        var teaser = Candidate("item:1", "Harbour closed after the storm", Now.AddHours(-2), teaser: true);
        var full = Candidate("item:2", "Market opens on Sunday morning", Now.AddHours(-2));

        var ranking = Ranker().Rank([teaser, full], [], Now, 5);

        Assert.Equal(["item:2", "item:1"], ranking.Stories.Select(s => s.Representative.Key));
        Assert.Equal(ranking.Stories[0].Score * 0.85, ranking.Stories[1].Score, 9);
    }

    [Fact]
    public void Rank_RepeatOfTheLastDigest_IsDroppedWithTheReason()
    {
        var repeat = Candidate("item:1", "Council approves airport tram line after vote", Now.AddHours(-1));
        var recent = StoryWords.Of("Council approves airport tram line after long vote");

        var ranking = Ranker().Rank([repeat], [recent], Now, 5);

        Assert.Empty(ranking.Stories);
        Assert.StartsWith("a story this channel was just sent", Assert.Single(ranking.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_CountsFiguresOnlyUntilTheTopPlacesAreCertain()
    {
        var calls = 0;
        var ranker = new StoryRanker(0.5, _ =>
        {
            calls++;
            return 3;
        });
        var candidates = Enumerable.Range(0, 50).Select(i => Candidate($"item:{i}", Unique(i), Now.AddHours(-24 * i), figures: null)).ToList();

        var ranking = ranker.Rank(candidates, [], Now, 2);

        // Stories 0 and 1 score 0.5 + 0.25 and 0.25 + 0.25; story 2 can reach at most 0.125 + 0.25 < 0.5: stop.
        Assert.Equal(2, calls);
        Assert.Equal(50, ranking.Stories.Count);
        Assert.Equal(["item:0", "item:1"], ranking.Stories.Take(2).Select(s => s.Representative.Key));
        Assert.Equal(-1, ranking.Stories[2].Figures);
    }

    private static StoryRanker Ranker() => new(0.5, _ => 0);

    /// <summary>A title sharing no word with any other: "qbcone qbctwo qbcthree" for 12.</summary>
    private static string Unique(int i)
    {
        var letters = "q" + new string(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')).ToArray());
        return $"{letters}one {letters}two {letters}three";
    }

    private static StoryCandidate Candidate(string key, string title, DateTimeOffset published, string source = "Gazette", int? figures = 0, bool teaser = false) =>
        new(key,
            new Article(source, title, [new ArticleSection(0, null, [])], $"https://x.example/{key}", null, published, teaser ? ArticleCompleteness.Teaser : ArticleCompleteness.FullText),
            published,
            [new StoryLink(source, $"https://x.example/{key}")],
            figures);
}

using Bot.Digest.Sections;

namespace Bot.Digest.Tests.Sections;

public sealed class FuzzyMatcherTests
{
    [Theory]
    [InlineData("distiled", "distilled", 1)]
    [InlineData("competitve", "competitive", 1)]
    [InlineData("cmopetitive", "competitive", 1)]
    [InlineData("hype", "hype", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Compute_Words_GivesTheOsaDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, limit: 5));
    }

    [Fact]
    public void Compute_OverTheLimit_ReturnsLimitPlusOne()
    {
        Assert.Equal(2, EditDistance.Compute("kitten", "sitting", limit: 1));
        Assert.Equal(3, EditDistance.Compute("short", "a much longer word", limit: 2));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(12, 2)]
    public void AllowedTypos_ScalesWithWordLength(int length, int expected)
    {
        Assert.Equal(expected, FuzzyMatcher.AllowedTypos(length));
    }

    [Theory]
    [InlineData("Competitive disruption or hype?", "competitive disruption or hype", FuzzyMatcher.Exact)]
    [InlineData("A model built on", "A model built on ‘distilled’ foundations?", FuzzyMatcher.NamePrefix)]
    [InlineData("hype", "Competitive disruption or hype?", FuzzyMatcher.AllWords)]
    [InlineData("compet", "Competitive disruption or hype?", FuzzyMatcher.WordPrefixes)]
    [InlineData("competitve", "Competitive disruption or hype?", FuzzyMatcher.Fuzzy - 10)]
    [InlineData("the", "The cost", 0)]
    [InlineData("weather", "The cost", 0)]
    public void Score_Query_FallsInTheRightTier(string query, string name, int expected)
    {
        Assert.Equal(expected, FuzzyMatcher.Score(query, name));
    }

    [Fact]
    public void Normalize_FoldsQuotesAccentsApostrophesAndPunctuation()
    {
        Assert.Equal("a model built on distilled foundations", NameWords.Normalize("A model built on ‘distilled’ foundations?"));
        Assert.Equal("deepseeks cafe export compliant", NameWords.Normalize("DeepSeek’s café — export-compliant!"));
    }

    [Fact]
    public void Resolve_ArticleTitles_ByAWordOrATypo()
    {
        string[] titles = ["DeepSeek trains R1 for $294K", "Harbour tunnel opens", "Night trains return"];

        Assert.Equal("Harbour tunnel opens", FuzzyMatcher.Resolve(titles, t => t, "tunnel").Value);
        Assert.Equal("DeepSeek trains R1 for $294K", FuzzyMatcher.Resolve(titles, t => t, "deepsek").Value);
        var trains = FuzzyMatcher.Resolve(titles, t => t, "trains");
        Assert.Equal(FuzzyMatchKind.Ambiguous, trains.Kind);
        Assert.Null(trains.Value);
        Assert.Equal([titles[0], titles[2]], trains.Candidates);
        Assert.Equal(FuzzyMatchKind.Unknown, FuzzyMatcher.Resolve(titles, t => t, "the").Kind);
    }

    [Fact]
    public void Rank_ArticleTitles_BestFirst()
    {
        string[] titles = ["Night trains return", "Harbour tunnel opens", "Training costs fall"];

        // While typing, a title that starts with the text (name prefix) ranks above one that has it as a word.
        Assert.Equal(["Training costs fall", "Night trains return"], FuzzyMatcher.Rank(titles, t => t, "train", 10));
        Assert.Equal(["Night trains return"], FuzzyMatcher.Rank(titles, t => t, "night tr", 10));
    }
}

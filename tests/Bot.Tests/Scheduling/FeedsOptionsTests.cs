using Bot.Scheduling;

namespace Bot.Tests.Scheduling;

public sealed class FeedsOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new FeedsOptionsValidator().Validate(null, new FeedsOptions()).Succeeded);
    }

    [Fact]
    public void BadValues_AreAllReportedAtOnce_EachNamingItsKey()
    {
        var options = new FeedsOptions { StoriesPerDigest = 0, PerHostConcurrency = 3, ClusterSimilarity = 1.5, DefaultSchedule = "whenever", PollMinutes = 0 };

        var result = new FeedsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(5, failures.Count);
        Assert.Contains("Feeds:StoriesPerDigest is 0; it must be between 1 and 25.", failures);
        Assert.Contains("Feeds:PerHostConcurrency is 3; it must be between 1 and 2.", failures);
        Assert.Contains("Feeds:ClusterSimilarity is 1.5; it must be between 0.2 and 0.95.", failures);
        Assert.Contains("Feeds:PollMinutes is 0; it must be between 1 and 1440.", failures);
        Assert.Contains(failures, f => f.StartsWith("Feeds:DefaultSchedule \"whenever\" is not a schedule: “whenever” is not a schedule I understand. Accepted:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("terminal", "terminal", true)]
    [InlineData("terminal, discord", "DISCORD", true)]
    [InlineData("terminal", "slack", false)]
    [InlineData("", "terminal", false)]
    public void StoredArticlesPlatforms_IsACommaSeparatedList(string setting, string platform, bool included)
    {
        Assert.Equal(included, new FeedsOptions { StoredArticlesPlatforms = setting }.IncludesStoredArticles(platform));
    }
}

using Bot.Digest.Summarize;
using Bot.Digest.Tests.Summarize;

namespace Bot.Digest.Tests.Golden;

public sealed class GoldenDigestTests
{
    [Fact]
    public void Summary_SeedSplitByHand_MatchesGoldenFile()
    {
        var (article, sentences, figures) = SeedArticle.Load();

        var draft = ExtractiveSummary.Write(article, sentences, figures, new DigestOptions());

        GoldenFile.AssertMatches("deepseek-r1-training-cost.summary.md", GoldenFile.Render(article.Title!, draft));
    }
}

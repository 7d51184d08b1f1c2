using Bot.Digest.Ingest;
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

    [Fact]
    public void Digest_SeedFileThroughTheRealReader_MatchesGoldenFile()
    {
        // The front door end to end: reader, splitter, figure extractor, summarizer. Checked by hand: the same summary
        // as the hand-split golden above (three sections, no furniture), and the figures name the cost, the GPT-4
        // comparison with its qualifier, the chips, the hours, the launch date and the year.
        var read = ArticleReader.Read(File.ReadAllBytes(SeedArticle.Path()), "text/plain", SeedArticle.FileName);
        Assert.True(read.IsSuccess, read.Error);

        var digest = new Digester().Digest(read.Value!);

        GoldenFile.AssertMatches("deepseek-r1-training-cost.digest.md", GoldenFile.Render(digest));
    }
}

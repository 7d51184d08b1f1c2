using Bot.Digest.Summarize.Guard;

namespace Bot.Digest.Tests.Summarize.Guard;

/// <summary>The guard with the production recogniser (the digest engine's figure extractor) on the user's example.</summary>
public sealed class ExtractorRecognizerTests
{
    private static readonly FaithfulnessGuard Guard = new(ExtractorFigureRecognizer.Instance);

    [Theory]
    [InlineData("DeepSeek trained R1 for just $294,000 on 512 Nvidia H800 chips.")]
    [InlineData("DeepSeek's R1 cost $294K to train.")]
    [InlineData("Sam Altman said in 2023 that GPT-4 cost over $100 million.")]
    public void Check_StatedFigures_Pass(string bullet)
    {
        var verdict = Guard.Check(bullet, Guard.Prepare(GuardArticle.Article, GuardArticle.Extractive));

        Assert.True(verdict.Passed, string.Join("; ", verdict.Problems));
    }

    [Theory]
    [InlineData("Sam Altman said GPT-4 cost $100 million.", GuardProblemKind.ChangedQualifier)]
    [InlineData("DeepSeek trained R1 for $2.9 million.", GuardProblemKind.InventedFigure)]
    [InlineData("R1 was trained over 90 hours.", GuardProblemKind.InventedFigure)]
    public void Check_WrongFigures_Fail(string bullet, GuardProblemKind kind)
    {
        var verdict = Guard.Check(bullet, Guard.Prepare(GuardArticle.Article, GuardArticle.Extractive));

        Assert.Contains(verdict.Problems, p => p.Kind == kind);
    }
}

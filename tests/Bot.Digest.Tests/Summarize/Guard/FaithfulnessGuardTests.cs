using Bot.Digest.Summarize.Guard;

namespace Bot.Digest.Tests.Summarize.Guard;

public sealed class FaithfulnessGuardTests
{
    private static readonly FaithfulnessGuard Guard = new(TableRecognizer.Seed);
    private static readonly GuardSource Source = Guard.Prepare(GuardArticle.Article, GuardArticle.Extractive);

    [Theory]
    [InlineData("DeepSeek trained R1 for just $294,000 on 512 Nvidia H800 chips in 80 hours.")]
    [InlineData("DeepSeek\u2019s R1 cost $294K to train, undercutting OpenAI and Anthropic.")] // "$294K" in the title; curly possessive
    [InlineData("R1 cost about $294,000.")] // exact → approximate is weaker
    [InlineData("Sam Altman said in 2023 that GPT-4 cost over $100 million.")] // well over → over is weaker
    [InlineData("Altman put GPT-4's cost at \"well over $100 million.\"")] // quote verbatim apart from the closing punctuation
    [InlineData("Training data for V3 includes a \u201Csignificant number\u201D of OpenAI-generated answers.")]
    [InlineData("Training data for V3 includes a 'significant number' of OpenAI-generated answers.")]
    [InlineData("Chips made for the Chinese market powered the U.S.-rival's training.")] // "U.S." and a hyphenated word
    [InlineData("The training used H800s, not banned chips.")] // plural of a product the source names
    public void Check_FaithfulBullet_Passes(string bullet)
    {
        var verdict = Guard.Check(bullet, Source);

        Assert.True(verdict.Passed, string.Join("; ", verdict.Problems));
    }

    [Theory]
    [InlineData("DeepSeek spent $300,000 training R1.", GuardProblemKind.InventedFigure, "$300,000")]
    [InlineData("Altman said GPT-4 cost $120 million to train.", GuardProblemKind.InventedFigure, "$120 million")]
    [InlineData("Altman said GPT-4 cost $100 million to train.", GuardProblemKind.ChangedQualifier, "$100 million")]
    [InlineData("Altman said GPT-4 cost nearly $100 million to train.", GuardProblemKind.ChangedQualifier, "nearly $100 million")]
    [InlineData("The training took 7 weeks.", GuardProblemKind.UnrecognisedNumber, "7")]
    [InlineData("The paper says the data includes a \"huge number\" of OpenAI answers.", GuardProblemKind.AlteredQuote, "\"huge number\"")]
    [InlineData("Altman called GPT-4's cost \"well over $100 million dollars\".", GuardProblemKind.AlteredQuote, "\"well over $100 million dollars\"")]
    [InlineData("The result was praised by Google.", GuardProblemKind.UnknownName, "Google")]
    [InlineData("R1 rivals GPT-5 at a fraction of the cost.", GuardProblemKind.UnknownName, "GPT-5")]
    [InlineData("DeepSeek founder Liang Chen stayed quiet.", GuardProblemKind.UnknownName, "Liang")]
    public void Check_UnfaithfulBullet_FailsWithTheReason(string bullet, GuardProblemKind kind, string detail)
    {
        var verdict = Guard.Check(bullet, Source);

        Assert.False(verdict.Passed);
        Assert.Contains(new GuardProblem(kind, detail), verdict.Problems);
    }

    [Fact]
    public void Check_NameAtSentenceStart_IsNotTakenForAName()
    {
        // "Critics" starts a sentence and "Training" follows a colon: capitalised by grammar, not names.
        var verdict = Guard.Check("Critics disagree. Training: cheap.", Source);

        Assert.True(verdict.Passed, string.Join("; ", verdict.Problems));
    }

    [Fact]
    public void Check_NumberWordsTheRecogniserCannotRead_AreNotCheckedAgainstFigures()
    {
        // Documented limit: a number in words is only as safe as the recogniser's reading of it. With a recogniser
        // that reads no words, "three" is not a figure, so nothing is verified (the real recogniser reads words).
        var verdict = Guard.Check("DeepSeek trained three models.", Source);

        Assert.True(verdict.Passed);
    }
}

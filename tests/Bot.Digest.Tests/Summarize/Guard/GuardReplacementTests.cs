using Bot.Digest.Summarize;
using Bot.Digest.Summarize.Guard;

namespace Bot.Digest.Tests.Summarize.Guard;

public sealed class GuardReplacementTests
{
    private static readonly FaithfulnessGuard Guard = new(TableRecognizer.Seed);
    private static readonly GuardSource Source = Guard.Prepare(GuardArticle.Article, GuardArticle.Extractive);

    [Fact]
    public void Guard_FaithfulDraft_IsKeptAsWritten()
    {
        var draft = new SummaryDraft(
            "DeepSeek says it trained R1 for just $294,000.",
            ["R1 was trained on 512 Nvidia H800 chips over 80 hours.", "Altman said GPT-4 cost well over $100 million."],
            [new SectionDigest(2, "ignored", ["V3's training data includes OpenAI-generated answers."])]);

        var guarded = Guard.Guard(draft, Source);

        Assert.Equal(draft.Tldr, guarded.Draft.Tldr);
        Assert.Equal(draft.Bullets, guarded.Draft.Bullets);
        Assert.Equal(draft.Sections[0].Bullets, guarded.Draft.Sections[0].Bullets);
        Assert.Equal((4, 0, 0), (guarded.Kept, guarded.Replaced, guarded.Dropped));
    }

    [Fact]
    public void Guard_ChangedQualifier_IsReplacedByTheSentenceWithTheSameContent()
    {
        var draft = new SummaryDraft("DeepSeek trained R1 cheaply.", ["Sam Altman said in 2023 that training GPT-4 cost $100 million."], []);

        var guarded = Guard.Guard(draft, Source);

        Assert.Equal([GuardArticle.Altman], guarded.Draft.Bullets);
        var decision = guarded.Decisions[1];
        Assert.Equal(GuardAction.Replaced, decision.Action);
        Assert.Equal(GuardProblemKind.ChangedQualifier, Assert.Single(decision.Problems).Kind);
    }

    [Fact]
    public void Guard_FailingBulletWithNothingLikeIt_IsDropped()
    {
        var draft = new SummaryDraft("DeepSeek trained R1 cheaply.", ["Quantum computers will replace GPUs by 2030."], []);

        var guarded = Guard.Guard(draft, Source);

        Assert.Empty(guarded.Draft.Bullets);
        Assert.Equal(GuardAction.Dropped, guarded.Decisions[1].Action);
        Assert.Equal(
            [new GuardProblem(GuardProblemKind.InventedFigure, "2030"), new GuardProblem(GuardProblemKind.UnknownName, "GPUs")],
            guarded.Decisions[1].Problems);
    }

    [Fact]
    public void Guard_FailingTldr_BecomesTheExtractiveTldr()
    {
        var draft = new SummaryDraft("DeepSeek trained R1 for $300,000.", ["R1 was trained on 512 Nvidia H800 chips."], []);

        var guarded = Guard.Guard(draft, Source);

        Assert.Equal(GuardArticle.Lead, guarded.Draft.Tldr);
        Assert.Equal(GuardAction.Replaced, guarded.Decisions[0].Action);
    }

    [Fact]
    public void Guard_SectionBullet_IsReplacedOnlyFromItsOwnSection()
    {
        // Section 2's bullet invents a name; its replacement must come from section 2, not from the lead or section 1.
        var draft = new SummaryDraft("DeepSeek trained R1 cheaply.", [], [new SectionDigest(2, "x", ["V3's training data, Google says, includes OpenAI-generated answers in significant number."])]);

        var guarded = Guard.Guard(draft, Source);

        Assert.Equal([GuardArticle.Distilled], guarded.Draft.Sections[0].Bullets);
    }

    [Fact]
    public void Guard_ReplacementAlreadyShown_IsNotRepeated()
    {
        var draft = new SummaryDraft(
            "DeepSeek trained R1 cheaply.",
            ["According to DeepSeek's paper, R1 was trained using 512 Nvidia H800 chips over just 80 hours.", "R1 was trained using 512 chips over 90 hours."],
            []);

        var guarded = Guard.Guard(draft, Source);

        // The second bullet (an invented "90 hours") would be replaced by the sentence whose content the first
        // bullet already shows.
        Assert.Single(guarded.Draft.Bullets);
        Assert.Equal(GuardAction.Kept, guarded.Decisions[1].Action);
        Assert.NotEqual(GuardAction.Kept, guarded.Decisions[2].Action);
    }
}

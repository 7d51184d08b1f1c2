using Bot.Quality.Data;
using Bot.Quality.Evaluation;
using Bot.Quality.Systems;

namespace Bot.Digest.Tests.Quality;

public sealed class HarnessTests
{
    private static readonly EvalArticle Sample = new(
        "business/001",
        "business",
        "Widget maker lifts profit",
        "Widget maker Acme raised its profit by 10% last year. Its sales grew in every region.\n\n" +
        "The chief executive praised the staff for the result. Acme will open two new factories. Shares closed higher.",
        "Widget maker Acme raised its profit by 10% last year.Acme will open two new factories.");

    [Fact]
    public void Lead3_TakesTheFirstThreeSentencesAcrossParagraphs()
    {
        Assert.Equal(
            ["Widget maker Acme raised its profit by 10% last year.", "Its sales grew in every region.", "The chief executive praised the staff for the result."],
            new Lead3().Summarize(Sample, 100));
    }

    [Fact]
    public void BudgetFor_IsTheWordCountOfLead3()
    {
        // 10 + 6 + 9 words.
        Assert.Equal(25, Scorer.BudgetFor(Sample));
    }

    [Fact]
    public void Cut_KeepsUnitsInOrderAndCutsTheOneThatCrossesTheBudget()
    {
        string[] units = ["a b c", "d e f g", "h"];

        Assert.Equal(["a b c", "d e"], WordBudget.Cut(units, 5));
        Assert.Equal(units, WordBudget.Cut(units, 100));
        Assert.Empty(WordBudget.Cut(units, 0));
        Assert.Equal(3, WordBudget.Count("  a  b\nc "));
    }

    [Fact]
    public void SentenceMatcher_ShortenedAndCutUnits_CountAsTheirSourceSentence()
    {
        List<List<string>> references = [["the", "cat", "sat"], ["dog", "ran", "away", "fast"]];
        List<List<string>> units = [["the", "cat", "sat"], ["dog", "ran", "away"], ["bird", "flew"]];

        var (precision, recall) = SentenceMatcher.Score(units, references);

        Assert.Equal(2 / 3.0, precision, 6);
        Assert.Equal(1.0, recall, 6);
    }

    [Fact]
    public void Score_Lead3AgainstReference_CountsTheReferenceSentenceItHolds()
    {
        var result = new Scorer().Score(Sample, new Lead3());

        Assert.Equal("LEAD-3", result.System);
        Assert.Equal(DatasetSplit.Tune, result.Half);
        Assert.Equal(25, result.Words);
        Assert.Equal(1 / 3.0, result.SentencePrecision, 6); // only the first lead sentence is in the reference
        Assert.Equal(0.5, result.SentenceRecall, 6); // 1 of the 2 reference sentences
        Assert.InRange(result.Rouge.Rouge1.F1, 0.3, 0.8);
    }

    [Fact]
    public void OtsOutput_DropsTheEchoedTitleAndSplitsSentences()
    {
        var output = "Widget maker lifts profit\n\nWidget maker Acme raised its profit. Acme will open two factories.\n\n";

        Assert.Equal(
            ["Widget maker Acme raised its profit.", "Acme will open two factories."],
            OtsOutput.Units(output, "Widget maker lifts profit"));
        Assert.Empty(OtsOutput.Units("\n\n", "x"));
    }
}

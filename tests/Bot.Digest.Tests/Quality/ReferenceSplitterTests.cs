using Bot.Quality.Data;

namespace Bot.Digest.Tests.Quality;

public sealed class ReferenceSplitterTests
{
    [Fact]
    public void Split_GluedSentences_SplitBeforeCapitalsAndQuotes()
    {
        // As the BBC summaries come: no space after the full stop.
        var summary = "Sales rose 2% to $11.1bn.Profits jumped 76%!\"We are pleased,\" he said.'Strong' results.it stays joined";

        var sentences = ReferenceSplitter.Split(summary);

        Assert.Equal(
            ["Sales rose 2% to $11.1bn.", "Profits jumped 76%!", "\"We are pleased,\" he said.", "'Strong' results.it stays joined"],
            sentences);
    }

    [Fact]
    public void Split_DecimalsAndSpacedFullStops_AreNotBoundaries()
    {
        // The documented rule needs the capital right after the mark; a spaced ". X" (in 32 of the 2,225 BBC summaries,
        // often after an ellipsis "... X") stays together.
        Assert.Equal(["It grew 6.4% to $42.09bn. Next one."], ReferenceSplitter.Split("  It grew 6.4% to $42.09bn. Next one.  "));
    }
}

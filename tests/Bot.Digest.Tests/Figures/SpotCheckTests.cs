using System.Globalization;
using Bot.Digest.Figures;
using static Bot.Digest.Tests.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

/// <summary>False positives found by hand on BBC articles (docs/figures.md, "Spot check"), written as invented
/// sentences of the same shape so they stay fixed.</summary>
public sealed class SpotCheckTests
{
    [Theory]
    [InlineData("She set a record over 60m hurdles this season.", FigureKind.Dimension, "60", "m")]
    [InlineData("The country added 440,700 megawatts of capacity.", FigureKind.Dimension, "440700", "MW")]
    [InlineData("a 12,600 MW dam", FigureKind.Dimension, "12600", "MW")]
    [InlineData("China is adding 178 million new PCs by 2010.", FigureKind.Count, "178000000", "PCs")]
    [InlineData("BT handled 180 million calls a day.", FigureKind.Count, "180000000", "calls")]
    [InlineData("a full 360-degree panoramic view", FigureKind.Dimension, "360", "deg")]
    [InlineData("UK Online's 8 megabits per second service", FigureKind.Dimension, "8", "Mbps")]
    public void Recognize_SpotCheckedPhrase_HasRightKindAndUnit(string text, FigureKind kind, string value, string unit)
    {
        var q = Single(text, kind);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Three Degrees star Sheila Ferguson is the favourite.")]
    [InlineData("Section 404 obliges chief executives to sign off the accounts.")]
    [InlineData("The Commodore 64 computer elicits fond memories.")]
    [InlineData("Sideways and 21 Grams are vying for the award.")]
    [InlineData("They branded it the work of two-bit Tories.")]
    [InlineData("He won the Cup four times as a player.")]
    [InlineData("He and three others were indicted in February.")]
    [InlineData("The two firms signed a memorandum.")]
    [InlineData("The band spawned three top 20 singles.")]
    [InlineData("They pushed for a fourth try late on.")]
    public void Extract_SpotCheckedFalsePositive_IsNotAFigure(string sentence)
    {
        Assert.Empty(FigureExtractor.ExtractSentence(sentence));
    }

    [Fact]
    public void Extract_NumberInATitle_IsNotCounted()
    {
        var figure = Assert.Single(FigureExtractor.ExtractSentence("Film sequel Shrek 2 took three prizes."));

        Assert.Equal(3m, figure.Value);
        Assert.Equal("prizes", figure.Unit);
    }

    [Fact]
    public void Recognize_GluedSecondsAfterMinutes_ReadsBoth()
    {
        var durations = Valued("He ran three minutes 49.89secs in the final.").Where(q => q.Kind == FigureKind.Duration).ToList();

        Assert.Equal([3m, 49.89m], durations.Select(q => q.Value!.Value));
        Assert.Equal(["minute", "second"], durations.Select(q => q.Unit));
    }

    [Fact]
    public void Recognize_CupCompetitions_IsACountNotAVolume()
    {
        var quantities = Valued("We are still involved in two cup competitions.");

        Assert.DoesNotContain(quantities, q => q.Kind == FigureKind.Dimension);
        Assert.Contains(quantities, q => q is { Kind: FigureKind.Count, Unit: "competitions", Value: 2m });
    }

    [Fact]
    public void Recognize_FinancialYearWithSlash_IsAYearRange()
    {
        var q = Single("In 1998/99, contributions rose by 4.7%.", FigureKind.Year);

        Assert.Equal(1998m, q.Value);
        Assert.Equal(1999m, q.Upper);
    }
}

using System.Globalization;
using Bot.Digest.Figures;
using static Bot.Digest.Tests.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

/// <summary>The errors the peers are known for (docs research §C.1), each pinned down as a test.</summary>
public sealed class PeerErrorTests
{
    [Theory]
    [InlineData("jumped to £600m last year", FigureKind.Money, "600000000", "GBP")]
    [InlineData("jumped 76% to $1.13bn.", FigureKind.Money, "1130000000", "USD")]
    [InlineData("profits of €78bn were", FigureKind.Money, "78000000000", "EUR")]
    [InlineData("a 40,000-tonne vessel", FigureKind.Dimension, "40000", "t")]
    [InlineData("a cost of Rs 20 crore", FigureKind.Money, "200000000", "INR")]
    [InlineData("imports of 816 000 t a year", FigureKind.Dimension, "816000", "t")]
    [InlineData("a bill for US$4.7 billion", FigureKind.Money, "4700000000", "USD")]
    [InlineData("hundred thousand dollars", FigureKind.Money, "100000", "USD")]
    [InlineData("for forty five minutes", FigureKind.Duration, "45", "minute")]
    [InlineData("two $ 500 checks", FigureKind.Money, "500", "USD")]
    public void Recognize_PeerMisreading_ReadsTheAmountRight(string text, FigureKind kind, string value, string unit)
    {
        var q = Single(text, kind);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("It has also doubled its work force to 50,000 in 2020.")]
    [InlineData("Put out the bad news on a Friday at 6pm, too late for the TV news.")]
    [InlineData("It closes at 2.15pm on weekdays.")]
    [InlineData("I'm a man.")]
    [InlineData("Give me a day.")]
    [InlineData("It is a mix of things.")]
    public void Recognize_InformalText_FindsNoDimension(string text)
    {
        Assert.DoesNotContain(Valued(text), q => q.Kind == FigureKind.Dimension);
    }

    [Fact]
    public void Recognize_YearAfterCount_IsAYear()
    {
        var quantities = Valued("It has also doubled its work force to 50,000 in 2020.");

        Assert.Contains(quantities, q => q.Kind == FigureKind.Year && q.Value == 2020m);
        Assert.DoesNotContain(quantities, q => q.Kind == FigureKind.Number && q.Value == 2020m);
    }

    [Fact]
    public void Recognize_SeasonSpan_IsAYearRangeNotAFraction()
    {
        var q = Single("the 2012–13 season", FigureKind.Year);

        Assert.Equal(2012m, q.Value);
        Assert.Equal(2013m, q.Upper);
    }

    [Fact]
    public void Recognize_AmountThenUnrelatedNumber_AreNotMerged()
    {
        var money = Assert.Single(Valued("Hey, the cost is $4.25 and 32 is the quantity!"), q => q.Kind == FigureKind.Money);

        Assert.Equal(4.25m, money.Value);
    }

    [Fact]
    public void Recognize_RangeOfAmounts_IsOneRangeNotOneMergedAmount()
    {
        var q = Single("a price of $1.2 million to $23.5 million", FigureKind.Money);

        Assert.Equal(1_200_000m, q.Value);
        Assert.Equal(23_500_000m, q.Upper);
    }

    [Fact]
    public void Recognize_ApproximatedNumber_IsANumberWithQualifierNotATime()
    {
        var q = Single("About 650 workers walked out.", FigureKind.Count);

        Assert.Equal("about", q.Qualifier);
        Assert.Equal(650m, q.Value);
    }

    [Fact]
    public void Recognize_WellOverAmount_KeepsTheQualifier()
    {
        var text = "training GPT-4 had cost “well over $100 million,” although";

        var q = Single(text, FigureKind.Money);

        Assert.Equal("well over", q.Qualifier);
        Assert.Equal("well over $100 million", Span(text, q));
    }
}

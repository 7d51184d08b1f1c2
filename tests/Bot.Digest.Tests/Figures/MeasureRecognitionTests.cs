using System.Globalization;
using Bot.Digest.Figures;
using static Bot.Digest.Tests.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

public sealed class MeasureRecognitionTests
{
    [Theory]
    [InlineData("profits jumped 76% to", "76%", "76", FigureKind.Percent, "%")]
    [InlineData("rose 5 per cent last year", "5 per cent", "5", FigureKind.Percent, "%")]
    [InlineData("up 10 percent on the year", "10 percent", "10", FigureKind.Percent, "%")]
    [InlineData("fell 27 % in the quarter", "27 %", "27", FigureKind.Percent, "%")]
    [InlineData("just need minus five percent", "minus five percent", "-5", FigureKind.Percent, "%")]
    [InlineData("a rise of 2 percentage points", "2 percentage points", "2", FigureKind.PercentagePoints, "pp")]
    [InlineData("a lead of 2pp in the poll", "2pp", "2", FigureKind.PercentagePoints, "pp")]
    [InlineData("a rise of 2% points", "2% points", "2", FigureKind.PercentagePoints, "pp")]
    [InlineData("shares fell 5pc on Monday", "5pc", "5", FigureKind.Percent, "%")]
    [InlineData("and at night it falls to minus 20C in winter temperatures", "minus 20C", "-20", FigureKind.Temperature, "°C")]
    [InlineData("rates rose 25 basis points", "25 basis points", "25", FigureKind.PercentagePoints, "bp")]
    [InlineData("a 10x return", "10x", "10", FigureKind.Multiple, "x")]
    [InlineData("three times more expensive", "three times", "3", FigureKind.Multiple, "x")]
    [InlineData("a 10-fold rise", "10-fold", "10", FigureKind.Multiple, "x")]
    [InlineData("sales grew tenfold", "tenfold", "10", FigureKind.Multiple, "x")]
    [InlineData("trained over just 80 hours", "80 hours", "80", FigureKind.Duration, "hour")]
    [InlineData("it took three weeks", "three weeks", "3", FigureKind.Duration, "week")]
    [InlineData("in the next 18 months", "18 months", "18", FigureKind.Duration, "month")]
    [InlineData("a five-year plan", "five-year", "5", FigureKind.Duration, "year")]
    [InlineData("a 40,000-tonne ship", "40,000-tonne", "40000", FigureKind.Dimension, "t")]
    [InlineData("a 5 km walk", "5 km", "5", FigureKind.Dimension, "km")]
    [InlineData("about 10 miles away", "10 miles", "10", FigureKind.Dimension, "mi")]
    [InlineData("weighs 3.5 kg", "3.5 kg", "3.5", FigureKind.Dimension, "kg")]
    [InlineData("a 2 TB drive", "2 TB", "2", FigureKind.Dimension, "TB")]
    [InlineData("at 188 miles an hour", "188 miles an hour", "188", FigureKind.Dimension, "mph")]
    [InlineData("660 square meters of land", "660 square meters", "660", FigureKind.Dimension, "m²")]
    [InlineData("oil stocks fell 1m barrels", "1m barrels", "1000000", FigureKind.Dimension, "bbl")]
    [InlineData("temperatures hit 40C in the shade", "40C", "40", FigureKind.Temperature, "°C")]
    [InlineData("a fever of 98.6 degrees f", "98.6 degrees f", "98.6", FigureKind.Temperature, "°F")]
    [InlineData("512 Nvidia H800 chips", "512 Nvidia H800 chips", "512", FigureKind.Count, "chips")]
    [InlineData("It lost 464,000 subscribers", "464,000 subscribers", "464000", FigureKind.Count, "subscribers")]
    [InlineData("Vodafone has 14m customers in the UK", "14m customers", "14000000", FigureKind.Count, "customers")]
    public void Recognize_Measure_NormalisesValueAndUnit(string text, string span, string value, FigureKind kind, string unit)
    {
        var q = Single(text, kind);

        Assert.Equal(span, text[q.Start..q.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Recognize_CountedNoun_KeepsTheWholeNounPhrase()
    {
        var q = Single("trained using 512 Nvidia H800 chips over 80 hours", FigureKind.Count);

        Assert.Equal("Nvidia H800 chips", q.NounPhrase);
    }

    [Theory]
    [InlineData("he is 5 ft 2 in", "5.1666666666666666666666666667")]
    [InlineData("he is 5 feet and 2 inches.", "5.1666666666666666666666666667")]
    public void Recognize_FeetAndInches_AddsTheInches(string text, string feet)
    {
        var q = Single(text, FigureKind.Dimension);

        Assert.Equal("ft", q.Unit);
        Assert.Equal(decimal.Parse(feet, CultureInfo.InvariantCulture), q.Value!.Value, 20);
    }

    [Theory]
    [InlineData("a 32-year-old striker", "32")]
    [InlineData("When she was five years old, she learned", "5")]
    [InlineData("He died aged 87 on Monday", "87")]
    public void Recognize_Age_IsDurationWithAgeSubtype(string text, string years)
    {
        var q = Single(text, FigureKind.Duration);

        Assert.Equal("Age", q.Subtype);
        Assert.Equal("year", q.Unit);
        Assert.Equal(decimal.Parse(years, CultureInfo.InvariantCulture), q.Value);
    }

    [Theory]
    [InlineData("I tried to call Bob 3 times already.")]
    [InlineData("Six Nations loss to Ireland")]
    [InlineData("the 13F filing was late")]
    [InlineData("a Boeing 777F freighter")]
    [InlineData("3 of the firms")]
    public void Recognize_NotAMeasure_GivesNoMeasureKind(string text)
    {
        Assert.DoesNotContain(Valued(text), q => q.Kind is FigureKind.Multiple or FigureKind.Count or FigureKind.Temperature);
    }
}

using System.Globalization;
using Bot.Digest.Figures;
using static Bot.Digest.Tests.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

public sealed class DateRangeQualifierTests
{
    [Theory]
    [InlineData("Its January 2025 launch", "January 2025", "20250100")]
    [InlineData("on Jan. 5, 2024 the firm", "Jan. 5, 2024", "20240105")]
    [InlineData("on 5 January 2024 the firm", "5 January 2024", "20240105")]
    [InlineData("to 31 December 2004, the airline", "31 December 2004", "20041231")]
    [InlineData("since the 11 September 2001 attacks", "11 September 2001", "20010911")]
    [InlineData("on may 19 , the fda", "may 19", "519")]
    [InlineData("by the 5th of May we knew", "5th of May", "505")]
    [InlineData("filed on sept . 30 , and", "sept . 30", "930")]
    public void Recognize_Date_IsYyyyMmDdWithZerosForMissingParts(string text, string span, string value)
    {
        var q = Single(text, FigureKind.Date);

        Assert.Equal(span, text[q.Start..q.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal("date", q.Unit);
    }

    [Theory]
    [InlineData("you may 5 times over")]
    [InlineData("prices march higher")]
    public void Recognize_MonthWordAsVerb_IsNoDate(string text)
    {
        Assert.DoesNotContain(Valued(text), q => q.Kind == FigureKind.Date);
    }

    [Theory]
    [InlineData("Altman said in 2023 that", "2023", "2023", null)]
    [InlineData("For 2005, TimeWarner is projecting", "2005", "2005", null)]
    [InlineData("the 2004-05 season", "2004-05", "2004", "2005")]
    [InlineData("in the 2012–13 budget", "2012–13", "2012", "2013")]
    [InlineData("a hit in the 1970s again", "1970s", "1970", null)]
    public void Recognize_Year_IsAYearNotAPlainNumber(string text, string span, string value, string? upper)
    {
        var q = Single(text, FigureKind.Year);

        Assert.Equal(span, text[q.Start..q.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(upper is null ? null : decimal.Parse(upper, CultureInfo.InvariantCulture), q.Upper);
    }

    [Theory]
    [InlineData("a 5-10% rise", FigureKind.Percent, "5-10%", "5", "10", "%")]
    [InlineData("worth between $1m and $2m now", FigureKind.Money, "between $1m and $2m", "1000000", "2000000", "USD")]
    [InlineData("it takes from 10 to 20 hours", FigureKind.Duration, "from 10 to 20 hours", "10", "20", "hour")]
    [InlineData("between £415m and £425m ($779m-798m).", FigureKind.Money, "between £415m and £425m", "415000000", "425000000", "GBP")]
    [InlineData("a forecast 3% to 3.5% improvement", FigureKind.Percent, "3% to 3.5%", "3", "3.5", "%")]
    [InlineData("some 3-5 million people", FigureKind.Count, "some 3-5 million people", "3000000", "5000000", "people")]
    public void Recognize_Range_HasLowAndHighWithSharedUnit(string text, FigureKind kind, string span, string low, string high, string unit)
    {
        var q = Valued(text).First(q => q.Kind == kind);

        Assert.Equal(span, Span(text, q));
        Assert.Equal(decimal.Parse(low, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(decimal.Parse(high, CultureInfo.InvariantCulture), q.Upper);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("it increased this from £6 to £10 one-way")]
    [InlineData("profits rose from $5m to $8m")]
    [InlineData("they won 3-1 at home")]
    [InlineData("from 157,000 to 133,000.")]
    public void Recognize_ChangeOrScore_IsNoRange(string text)
    {
        Assert.DoesNotContain(Valued(text), q => q.Upper is not null);
    }

    [Theory]
    [InlineData("just")]
    [InlineData("nearly")]
    [InlineData("almost")]
    [InlineData("about")]
    [InlineData("around")]
    [InlineData("roughly")]
    [InlineData("approximately")]
    [InlineData("some")]
    [InlineData("over")]
    [InlineData("more than")]
    [InlineData("well over")]
    [InlineData("at least")]
    [InlineData("up to")]
    [InlineData("under")]
    [InlineData("less than")]
    [InlineData("fewer than")]
    [InlineData("as much as")]
    [InlineData("as many as")]
    public void Recognize_Qualifier_IsKeptAsFieldAndInText(string qualifier)
    {
        var text = $"The deal was worth {qualifier} $100 million in cash.";

        var q = Single(text, FigureKind.Money);

        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal($"{qualifier} $100 million", Span(text, q));
        Assert.Equal(100_000_000m, q.Value);
    }

    [Fact]
    public void Recognize_PrepositionOverBeforeDuration_IsNoQualifier()
    {
        var q = Single("the model was trained over 80 hours", FigureKind.Duration);

        Assert.Null(q.Qualifier);
    }
}

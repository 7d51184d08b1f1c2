using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

public sealed class NumberScannerTests
{
    private static List<(string Text, decimal Value)> Numbers(string text)
    {
        var scan = new TextScan(text);
        return [.. NumberScanner.Scan(scan).Select(n => (text[scan.Start(n.First)..scan.End(n.End - 1)], n.Value))];
    }

    [Theory]
    [InlineData("1,234.5", "1,234.5", "1234.5")]
    [InlineData("about 294,000 people", "294,000", "294000")]
    [InlineData("a 1/2 share", "1/2", "0.5")]
    [InlineData("it took 3 1/2 days", "3 1/2", "3.5")]
    [InlineData("it fell to -4 overnight", "-4", "-4")]
    [InlineData("12,34,567.89 rupees", "12,34,567.89", "1234567.89")]
    [InlineData("population 1 414 021 100", "1 414 021 100", "1414021100")]
    [InlineData("a .25 stake", ".25", "0.25")]
    [InlineData("worth 1.3e6 points", "1.3e6", "1300000")]
    [InlineData("rated ½ star", "½", "0.5")]
    [InlineData("written 1,3 in Europe", "1,3", "1.3")]
    [InlineData("target of 10k", "10k", "10000")]
    [InlineData("a 2.5bn deal", "2.5bn", "2500000000")]
    public void Scan_DigitNumerals_ReadsValue(string text, string span, string value)
    {
        var (found, v) = Assert.Single(Numbers(text));

        Assert.Equal(span, found);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), v);
    }

    [Theory]
    [InlineData("two hundred and fifty", "250")]
    [InlineData("a dozen", "12")]
    [InlineData("half", "0.5")]
    [InlineData("three quarters", "0.75")]
    [InlineData("twenty-one trillion and three hundred", "21000000000300")]
    [InlineData("five and a half million", "5500000")]
    [InlineData("three lakh crore", "3000000000000")]
    [InlineData("one hundred and three and two thirds", "103.666666666666666666666666667")]
    [InlineData("one hundred thirty fifths", "2.857142857142857142857142857")]
    [InlineData("one hundred and thirty fifths", "26")]
    [InlineData("nine point nought four", "9.04")]
    [InlineData("minus five point five", "-5.5")]
    [InlineData("one in five", "0.2")]
    [InlineData("4 thousand 3 hundred and 21", "4321")]
    [InlineData("half a dozen", "6")]
    public void Scan_SpelledNumbers_ReadsWholePhrase(string text, string value)
    {
        var (found, v) = Assert.Single(Numbers(text));

        Assert.Equal(text, found);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), v, 20);
    }

    [Theory]
    [InlineData("192.168.1.2", new[] { "192", "168", "1", "2" })]
    [InlineData("Exercises 22,24,26,31.", new[] { "22", "24", "26", "31" })]
    [InlineData("met on 5/17/2018", new[] { "5", "17", "2018" })]
    [InlineData("3 hundred and 2 hundred", new[] { "3 hundred", "2 hundred" })]
    [InlineData("version two and a previous version", new[] { "two" })]
    [InlineData("three-nought-four", new[] { "three", "nought", "four" })]
    public void Scan_ListsAndSequences_SplitIntoSeparateNumbers(string text, string[] spans)
    {
        Assert.Equal(spans, Numbers(text).Select(n => n.Text));
    }

    [Theory]
    [InlineData("the May 4th meeting")]
    [InlineData("Which one do you prefer?")]
    [InlineData("a previous version")]
    [InlineData("the fourth quarter")]
    [InlineData("hundreds of people")]
    public void Scan_NoNumber_FindsNothing(string text)
    {
        Assert.Empty(Numbers(text));
    }

    [Fact]
    public void Scan_HugeDigitRun_DoesNotThrow()
    {
        var text = "code 123456789012345678901234567890123456789 and 999,999,999,999,999,999,999 trillion";

        var numbers = Numbers(text);

        Assert.DoesNotContain(numbers, n => n.Text.Length > 30);
    }
}

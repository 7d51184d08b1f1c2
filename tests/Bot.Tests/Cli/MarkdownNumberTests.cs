using Bot.Cli;

namespace Bot.Tests.Cli;

public sealed class MarkdownNumberTests
{
    [Theory]
    [InlineData("0.6666666666666666666666666667", "0.6667")] // "two thirds"
    [InlineData("294000", "294,000")]
    [InlineData("1130000000", "1,130,000,000")]
    [InlineData("6.5", "6.5")]
    [InlineData("0.25", "0.25")]
    public void Number_ReadableWithAtMostFourDecimals(string value, string expected)
    {
        Assert.Equal(expected, MarkdownOutput.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

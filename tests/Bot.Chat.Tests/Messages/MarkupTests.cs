using Bot.Chat.Messages.Markup;

namespace Bot.Chat.Tests.Messages;

public sealed class MarkupTests
{
    [Theory]
    [InlineData("red\u001b[31mtext\u001b[0m", "redtext")]
    [InlineData("title\u001b]0;pwned\u0007 end", "title end")]
    [InlineData("osc8 \u001b]8;;https://evil\u001b\\link\u001b]8;;\u001b\\", "osc8 link")]
    [InlineData("c1 \u009b2Jclear", "c1 clear")]
    [InlineData("back\bspace del\u007f bell\u0007", "backspace del bell")]
    [InlineData("over\rwrite", "over\nwrite")]
    [InlineData("crlf\r\nline", "crlf\nline")]
    [InlineData("tab\there", "tab here")]
    [InlineData("bidi \u202eevil\u202c \u2066iso\u2069", "bidi evil iso")]
    [InlineData("emoji 📈 ok", "emoji 📈 ok")]
    public void PlainTextClean_TerminalControls_AreRemoved(string input, string expected)
    {
        Assert.Equal(expected, PlainText.Clean(input));
    }

    [Fact]
    public void PlainTextClean_LoneSurrogate_BecomesReplacementCharacter()
    {
        Assert.Equal("lone \ufffd surrogate", PlainText.Clean("lone \ud800 surrogate"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("📈 Markets ↑2.5%", 15)]
    [InlineData("👩‍💻", 3)]
    public void CodePoints_Count_CountsRunesNotUtf16Units(string text, int expected)
    {
        Assert.Equal(expected, CodePoints.Count(text));
    }

    [Fact]
    public void CodePoints_Truncate_NeverSplitsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("📈", 10));

        var cut = CodePoints.Truncate(text, 5);

        Assert.Equal(5, CodePoints.Count(cut));
        Assert.Equal("📈📈📈📈…", cut);
        Assert.DoesNotContain('\ufffd', cut);
    }

    [Fact]
    public void CodePoints_Truncate_PrefersAWordBoundary()
    {
        Assert.Equal("The quick brown…", CodePoints.Truncate("The quick brown foxes jumped", 18));
        Assert.Equal("short", CodePoints.Truncate("short", 18));
    }
}

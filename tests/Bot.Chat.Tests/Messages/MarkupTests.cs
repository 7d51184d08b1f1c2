using System.Text.RegularExpressions;
using Bot.Chat.Messages.Markup;

namespace Bot.Chat.Tests.Messages;

public sealed partial class MarkupTests
{
    public static TheoryData<string> Hostile => new()
    {
        "@everyone look",
        "hey @here!",
        "ping <@123456789012345678> and <@!123456789012345678>",
        "role <@&987654321098765432>",
        "channel <#111111111111111111>",
        "slash </digest:1234>",
        "time <t:1700000000:R>",
        "[click](https://evil.example/x)",
        "**bold** __under__ ~~strike~~ `code` ||spoiler||",
        "> quoted\n# heading\n- item\n1. numbered",
        "<!channel> <!here> <!everyone> <@U0123ABCD> <!subteam^S0123> <https://evil.example|label>",
        "a & b < c > d",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void DiscordEscape_HostileText_NoMentionOrMarkupSurvives(string text)
    {
        var escaped = DiscordMarkdown.Escape(text);

        Assert.DoesNotMatch(DiscordMention(), escaped);
        Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", escaped, StringComparison.Ordinal);
        Assert.DoesNotMatch(UnescapedMarkup(), escaped);
        Assert.Equal(Visible(text), Visible(Unescape(escaped)));
    }

    [Fact]
    public void DiscordEscape_LineStartMarkers_AreEscaped()
    {
        Assert.Equal("\\> quoted\n\\# heading\n\\- item\n1\\. numbered\nplain - dash # hash", DiscordMarkdown.Escape("> quoted\n# heading\n- item\n1. numbered\nplain - dash # hash"));
    }

    [Fact]
    public void DiscordLink_UntrustedLabelAndUrl_AreNeutralised()
    {
        Assert.Equal("[\\[evil\\]\\(x\\) @\u200beveryone](https://example.com/a%29b)", DiscordMarkdown.Link("[evil](x) @everyone", "https://example.com/a)b"));
        Assert.Equal("label", DiscordMarkdown.Link("label", "javascript:alert(1)"));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void SlackEscape_HostileText_NoControlSequenceSurvives(string text)
    {
        var escaped = SlackMrkdwn.Escape(text);

        Assert.DoesNotContain("<", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain(">", escaped, StringComparison.Ordinal);
        Assert.DoesNotMatch(RawAmpersand(), escaped);
        Assert.Equal(text, escaped.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal));
    }

    [Fact]
    public void SlackEscape_Channel_BecomesText()
    {
        Assert.Equal("&lt;!channel&gt; &amp; &lt;@U1&gt;", SlackMrkdwn.Escape("<!channel> & <@U1>"));
    }

    [Fact]
    public void SlackLink_PipeAndBracketsInLabel_CannotBreakOut()
    {
        Assert.Equal("<https://example.com/a%7Cb|x¦y &lt;!here&gt;>", SlackMrkdwn.Link("x|y <!here>", "https://example.com/a|b"));
        Assert.Equal("plain", SlackMrkdwn.Link("plain", "ftp://example.com"));
    }

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

    private static string Unescape(string text) => BackslashEscape().Replace(text.Replace("\u200b", string.Empty, StringComparison.Ordinal), "$1");

    private static string Visible(string text) => text;

    [GeneratedRegex(@"(?<!\\)<[@#/:t!&]")]
    private static partial Regex DiscordMention();

    [GeneratedRegex(@"(?<!\\)(\*|_|~|`|\||\[|\])")]
    private static partial Regex UnescapedMarkup();

    [GeneratedRegex(@"&(?!amp;|lt;|gt;)")]
    private static partial Regex RawAmpersand();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex BackslashEscape();
}

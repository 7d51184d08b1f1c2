using Bot.Discord.Rendering;

namespace Bot.Tests.Discord.Rendering;

public sealed class DiscordMarkdownTests
{
    private const char Zwsp = '\u200B';

    [Theory]
    [InlineData("*bold*", "\\*bold\\*")]
    [InlineData("__under__", "\\_\\_under\\_\\_")]
    [InlineData("~~gone~~ ||spoiler|| `code`", "\\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https://evil.example)")]
    [InlineData("a\\*b", "a\\\\\\*b")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("12. not a list", "12\\. not a list")]
    [InlineData("prices fell 2-3% > expected #1", "prices fell 2-3% > expected #1")]
    public void Escape_Markup_ShownLiterally(string raw, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(raw));

    [Fact]
    public void Escape_LineStartRulesApplyOnEveryLine() =>
        Assert.Equal("first\n\\# second\n  \\> third", DiscordMarkdown.Escape("first\r\n# second\n  > third"));

    [Theory]
    [InlineData("@everyone", "@\u200Beveryone")]
    [InlineData("@here now", "@\u200Bhere now")]
    [InlineData("@Everyone", "@\u200BEveryone")]
    [InlineData("<@123456789012345678>", "<\u200B@123456789012345678>")]
    [InlineData("<@!123>", "<\u200B@!123>")]
    [InlineData("<@&223>", "<\u200B@&223>")]
    [InlineData("<#323>", "<\u200B#323>")]
    [InlineData("</summary:1>", "<\u200B/summary:1>")]
    [InlineData("<t:1700000000:R>", "<\u200Bt:1700000000:R>")]
    [InlineData("<:emoji:42>", "<\u200B:emoji:42>")]
    [InlineData("user@example.com", "user@example.com")]
    public void NeutraliseMentions_EveryMentionForm_BrokenWithZeroWidthSpace(string raw, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.NeutraliseMentions(raw));

    [Fact]
    public void Escape_MentionsAreNeutralisedToo()
    {
        var escaped = DiscordMarkdown.Escape("@everyone <@123>");

        Assert.Equal($"@{Zwsp}everyone <{Zwsp}@123>", escaped);
    }

    [Fact]
    public void Escape_ControlAndBidiCharacters_Removed() =>
        Assert.Equal("abcd", DiscordMarkdown.Escape("a\u0007b\u202Ec\u2066d"));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    public void Link_NonHttpUrl_OnlyTheTextRemains(string url) =>
        Assert.Equal("Read more", DiscordMarkdown.Link("Read more", url));

    [Fact]
    public void Link_HttpUrlWithParentheses_PercentEncodedInsideAMaskedLink() =>
        Assert.Equal("[Wiki \\[1\\]](https://en.wikipedia.org/wiki/Tariff_%28economics%29)", DiscordMarkdown.Link("Wiki [1]", "https://en.wikipedia.org/wiki/Tariff_(economics)"));
}

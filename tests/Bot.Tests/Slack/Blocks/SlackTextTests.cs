using Bot.Slack.Blocks;

namespace Bot.Tests.Slack.Blocks;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("AT&T <@U123>", "AT&amp;T &lt;@U123&gt;")]
    [InlineData("it's \"quoted\"", "it's \"quoted\"")]
    [InlineData("zero\u200Bwidth\u202Ebidi\u0007bell", "zerowidthbidibell")]
    [InlineData("tab\there", "tab here")]
    public void Escape_ControlCharactersOnly(string raw, string expected) =>
        Assert.Equal(expected, SlackText.Escape(raw));

    [Theory]
    [InlineData("https://example.com/a?b=1&c=2", "Read", "<https://example.com/a?b=1&amp;c=2|Read>")]
    [InlineData("https://example.com/x|y", "a|b <!here>", "<https://example.com/x%7Cy|a¦b &lt;!here&gt;>")]
    [InlineData("javascript:alert(1)", "click", "click")]
    [InlineData("not a url", "<!channel>", "&lt;!channel&gt;")]
    [InlineData("https://example.com/", "", "<https://example.com/|example.com>")]
    public void Link_OnlyHttpAndSafeLabels(string url, string label, string expected) =>
        Assert.Equal(expected, SlackText.Link(url, label));

    [Fact]
    public void Bold_KeepsSpacesOutsideTheMarkers() =>
        Assert.Equal(" *Cost:* ", SlackText.Bold(" Cost: "));

    [Fact]
    public void Truncate_NeverCutsInsideAnEntity()
    {
        var escaped = SlackText.Escape(new string('a', 8) + "&&&&");

        var cut = SlackText.Truncate(escaped, 12);

        Assert.Equal("aaaaaaaa&amp;…", SlackText.Truncate(escaped, 15));
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("&a…", cut, StringComparison.Ordinal);
        Assert.True(cut.Length <= 12);
    }

    [Fact]
    public void Split_NeverCutsInsideALink()
    {
        var text = new string('a', 20) + " " + SlackText.Link("https://example.com/long/path", "label") + " tail";

        var chunks = SlackText.Split(text, 50);

        Assert.Equal(2, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(c.Count(ch => ch == '<'), c.Count(ch => ch == '>')));
    }
}

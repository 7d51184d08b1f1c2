using Bot.Scheduling.Feeds;

namespace Bot.Tests.Scheduling;

public sealed class HtmlTextTests
{
    [Fact]
    public void Blocks_ParagraphsHeadingsAndBreaks_BecomeBlocks()
    {
        var blocks = HtmlText.Blocks("<p>One <b>bold</b>\n word.</p><h3>Head</h3>Two<br>Three<div>Four</div>");

        Assert.Equal([new TextBlock("One bold word."), new TextBlock("Head", true), new TextBlock("Two"), new TextBlock("Three"), new TextBlock("Four")], blocks);
    }

    [Fact]
    public void Blocks_ScriptsStylesAndCommentsAreDropped()
    {
        var blocks = HtmlText.Blocks("<style>p{}</style><p>Kept</p><!-- hidden <p>no</p> --><script>var p = '<p>x</p>';</script><iframe src=x>frame</iframe>");

        Assert.Equal(["Kept"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Blocks_EntitiesDecodedAfterTags_EscapedMarkupStaysText()
    {
        var blocks = HtmlText.Blocks("<p>AT&amp;T &lt;b&gt;not bold&lt;/b&gt; &euro;5&nbsp;m &#8212; done</p>");

        Assert.Equal(["AT&T <b>not bold</b> €5 m — done"], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("a < b and c > d", "a < b and c > d")]
    [InlineData("<p>unclosed", "unclosed")]
    [InlineData("text <", "text <")]
    [InlineData("", "")]
    public void Inline_OddInput_NeverThrows(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.Inline(html));
    }

    [Fact]
    public void PlainBlocks_SplitAtBlankLines_FoldingLineBreaksInside()
    {
        Assert.Equal(["One line continued", "Two"], HtmlText.PlainBlocks("One line\ncontinued\r\n\r\nTwo\n\n").Select(b => b.Text));
    }
}

using System.Text;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("red \u001b[31mword\u001b[0m here", "red word here")]
    [InlineData("title \u001b]0;owned\u0007 set", "title  set")]
    [InlineData("osc \u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\ end", "osc link end")]
    [InlineData("c1 \u009b1;1Hcsi", "c1 csi")]
    [InlineData("bell\u0007 and \u0001 soh and \u007f del", "bell and  soh and  del")]
    [InlineData("tab\tand\nnewline\r\nkept", "tab\tand\nnewline\r\nkept")]
    [InlineData("trailing escape \u001b", "trailing escape ")]
    public void Strip_EscapeSequencesAndControls_AreRemoved(string input, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Strip(input));
    }

    [Fact]
    public void Read_HostileTextWithEscapes_ReadsCleanText()
    {
        var text = "Evil \u001b]0;owned\u0007title \u001b[2J@everyone\n\nBody \u001b[31mred\u001b[0m text.\r Overwritten \u009b1;1H line.";

        var article = ArticleReader.Read(Encoding.UTF8.GetBytes(text), null, "evil.txt").Value!;

        Assert.Equal("Evil title @everyone", article.Title);
        var all = string.Join(' ', article.Sections.SelectMany(s => s.Paragraphs));
        Assert.Equal("Body red text. Overwritten line.", all);
    }
}

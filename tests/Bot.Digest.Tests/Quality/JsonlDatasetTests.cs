using Bot.Quality.Data;

namespace Bot.Digest.Tests.Quality;

public sealed class JsonlDatasetTests
{
    [Fact]
    public void Read_MixedLines_KeepsGoodOnesAndNamesEachBadLine()
    {
        var jsonl = string.Join('\n',
            """{"id": "business/001", "category": "business", "title": "Profit up", "article": "Profits rose.\n\nShares fell.", "summary": "Profits rose."}""",
            "",
            """{"id": "tech/002", "article": "Text only.", "summary": "Text only."}""",
            """{"id": "x/003", "article": "No summary here."}""",
            """{not json""",
            """["an", "array"]""",
            """{"id": "x/004", "article": "   ", "summary": "s"}""");

        var load = JsonlDataset.Read(new StringReader(jsonl));

        Assert.Equal(["business/001", "tech/002"], load.Articles.Select(a => a.Id));
        var first = load.Articles[0];
        Assert.Equal("business", first.Category);
        Assert.Equal("Profit up", first.Title);
        Assert.Equal("Profits rose.\n\nShares fell.", first.Text);
        Assert.Equal(string.Empty, load.Articles[1].Title);
        Assert.Equal(4, load.Errors.Count);
        Assert.StartsWith("line 4:", load.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("line 5:", load.Errors[1], StringComparison.Ordinal);
        Assert.StartsWith("line 6:", load.Errors[2], StringComparison.Ordinal);
        Assert.StartsWith("line 7:", load.Errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void ToArticle_Paragraphs_BecomeTheLeadSection()
    {
        var a = new EvalArticle("b/1", "business", "Title", "One para.\n\nTwo para.\r\n\r\nThree.", "One para.");

        var article = a.ToArticle();

        Assert.Equal("Title", article.Title);
        var lead = Assert.Single(article.Sections);
        Assert.Equal(0, lead.Index);
        Assert.Equal(["One para.", "Two para.", "Three."], lead.Paragraphs);
        Assert.Equal("Title\n\nOne para.\n\nTwo para.\r\n\r\nThree.", a.ToPlainText());
    }

    [Theory]
    [InlineData("business/001", DatasetSplit.Tune)]
    [InlineData("business/002", DatasetSplit.Holdout)]
    [InlineData("sport/510", DatasetSplit.Holdout)]
    [InlineData("tech/401", DatasetSplit.Tune)]
    [InlineData("x", DatasetSplit.Holdout)] // no digits: 'x' is 120, even
    [InlineData("y", DatasetSplit.Tune)] // 'y' is 121, odd
    public void HalfOf_Id_IsFixedByTheTrailingNumber(string id, string half)
    {
        Assert.Equal(half, DatasetSplit.HalfOf(id));
    }
}

using Bot.Quality.Figures;

namespace Bot.Digest.Tests.Quality.Figures;

public sealed class FigureVerbatimCheckTests
{
    [Fact]
    public void Run_InventedArticles_CountsArticlesAndFiguresAllVerbatim()
    {
        string[] lines =
        [
            """{"title": "Ferry firm pays $12m for harbour", "article": "The ferry company paid $12m for the old harbour.\n\nIt plans 40 new berths by 2026."}""",
            """{"title": "No figures here", "article": "Nothing to count today."}""",
            "",
        ];

        var result = FigureVerbatimCheck.Run(lines);

        Assert.Equal(2, result.Articles);
        Assert.Equal(3, result.Figures);
        Assert.Equal(3, result.Verbatim);
        Assert.Equal(1.0, result.Share);
    }
}

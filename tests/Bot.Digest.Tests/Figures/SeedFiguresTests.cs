using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Figures;

/// <summary>
/// End to end on the user's example (seeds/): reader, sentence splitter and extractor as wired in the digester.
/// Runs on whichever splitter is in the tree (the foundation stub now, the real one after merge).
/// </summary>
public sealed class SeedFiguresTests
{
    private static IReadOnlyList<KeyFigure> SeedFigures()
    {
        var path = FindSeed("deepseek-r1-training-cost.txt");
        var article = ArticleReader.ReadText(File.ReadAllText(path), path);
        Assert.True(article.IsSuccess, article.Error);
        return Digester.Figures(article.Value!);
    }

    [Fact]
    public void Figures_Seed_TopFigureIsTheTrainingCost()
    {
        var top = SeedFigures()[0];

        Assert.Equal(FigureKind.Money, top.Kind);
        Assert.Equal(294_000m, top.Value);
        Assert.Equal("USD", top.Unit);
        Assert.Equal("just", top.Qualifier);
        Assert.Equal("just $294,000", top.Text);
        Assert.Equal("training cost of R1", top.Subject);
    }

    [Fact]
    public void Figures_Seed_NamesEveryExpectedFigure()
    {
        var figures = SeedFigures();

        Assert.Contains(figures, f => f is { Kind: FigureKind.Count, Value: 512m, Unit: "chips", NounPhrase: "Nvidia H800 chips" });
        Assert.Contains(figures, f => f is { Kind: FigureKind.Duration, Value: 80m, Unit: "hour", Qualifier: "just" });
        Assert.Contains(figures, f => f is { Kind: FigureKind.Money, Value: 100_000_000m, Unit: "USD", Qualifier: "well over", Text: "well over $100 million" }
            && f.Subject == "cost of training GPT-4");
        Assert.Contains(figures, f => f is { Kind: FigureKind.Date, Value: 20250100m, Text: "January 2025" });
        Assert.Contains(figures, f => f is { Kind: FigureKind.Year, Value: 2023m });
    }

    [Fact]
    public void Figures_Seed_HasNoFurnitureOrModelNames()
    {
        var figures = SeedFigures();

        Assert.Equal(6, figures.Count);
        Assert.DoesNotContain(figures, f => f.Kind == FigureKind.Number);
        Assert.All(figures, f => Assert.Equal(f.Text, f.Sentence.Substring(f.Start, f.Text.Length)));
    }

    [Fact]
    public void Figures_Seed_TopFiveAreTheHeadlineFigures()
    {
        var top5 = SeedFigures().Take(5).Select(f => f.Kind).ToList();

        Assert.DoesNotContain(FigureKind.Year, top5);
        Assert.Contains(FigureKind.Date, top5);
    }

    internal static string FindSeed(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("seed not found above " + AppContext.BaseDirectory, name);
    }
}

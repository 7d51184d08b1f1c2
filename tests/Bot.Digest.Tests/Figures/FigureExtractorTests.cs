using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Figures;

public sealed class FigureExtractorTests
{
    private static IReadOnlyList<KeyFigure> Extract(string? title, params (int Section, string Text)[] paragraphs)
    {
        var (article, sentences) = ArticleBuilder.Build(title, paragraphs);
        return FigureExtractor.Extract(sentences, article);
    }

    [Fact]
    public void Extract_TitleAndLeadStateSameAmount_MergesIntoOneTopFigureWithBodyWording()
    {
        var figures = Extract(
            "DeepSeek Trains R1 AI Model for $294K",
            (0, "DeepSeek trained its flagship R1 reasoning model for just $294,000, it said."),
            (0, "Rivals spent 40% more on staff."),
            (1, "The chips cost $5m to buy."));

        var top = figures[0];
        Assert.Equal("just $294,000", top.Text);
        Assert.Equal(294_000m, top.Value);
        Assert.Equal("USD", top.Unit);
        Assert.Equal("just", top.Qualifier);
        Assert.Equal(2, top.Mentions);
        Assert.Equal(0, top.Section);
        Assert.Single(figures, f => f.Value == 294_000m);
    }

    [Fact]
    public void Extract_Figure_CarriesVerbatimTextSentenceStartAndSection()
    {
        var sentence = "For comparison, training GPT-4 had cost “well over $100 million,” he said.";

        var figure = Assert.Single(Extract(null, (0, "An intro."), (2, sentence)));

        Assert.Equal("well over $100 million", figure.Text);
        Assert.Equal(sentence, figure.Sentence);
        Assert.Equal(sentence.IndexOf("well over", StringComparison.Ordinal), figure.Start);
        Assert.Equal(figure.Text, figure.Sentence.Substring(figure.Start, figure.Text.Length));
        Assert.Equal(2, figure.Section);
        Assert.Equal("cost of training GPT-4", figure.Subject);
        Assert.Equal(FigureKind.Money, figure.Kind);
    }

    [Fact]
    public void Extract_RepeatedFigure_OutranksSingleFigureOfSameKindLater()
    {
        var figures = Extract(
            null,
            (0, "The town has 300 residents."),
            (1, "Costs rose to £2m in May."),
            (1, "A £5m plan was approved."),
            (2, "The £5m plan starts next year."));

        Assert.Equal(5_000_000m, figures[0].Value);
        Assert.Equal(2, figures[0].Mentions);
    }

    [Theory]
    [InlineData("Call 0800 123 456 for details.")]
    [InlineData("Contact the helpline on +44 20 7946 0958 today.")]
    [InlineData("Page 2 of 5")]
    [InlineData("Published 5 January 2024")]
    [InlineData("By Jane Smith, 12 March 2024")]
    [InlineData("1. The first point.")]
    [InlineData("He scored 3 goals in the 2-1 win over Chelsea on Saturday.")]
    [InlineData("The G7 met in Paris; Covid-19 and the A321 were discussed.")]
    public void Extract_Furniture_YieldsNoFigure(string sentence)
    {
        var figures = Extract(null, (0, sentence));

        Assert.DoesNotContain(figures, f => f.Kind is FigureKind.Number or FigureKind.Date);
        Assert.DoesNotContain(figures, f => f.Text.Contains("0800", StringComparison.Ordinal) || f.Text.Contains("7946", StringComparison.Ordinal));
        Assert.DoesNotContain(figures, f => f.Value is 7m or 19m or 321m or 2m or 5m);
    }

    [Fact]
    public void Extract_LargePlainNumber_IsKeptSmallOneIsDropped()
    {
        var figures = Extract(null, (0, "Revisions cut the gain from 157,000 to 133,000, and 12 were late."));

        Assert.Equal([133_000m, 157_000m], figures.Select(f => f.Value).Order());
    }

    [Fact]
    public void Extract_AmbiguousMetresOrMillions_IsDropped()
    {
        Assert.Empty(Extract(null, (0, "The show peaked on Monday at 11.9m and then fell.")));
    }

    [Fact]
    public void Extract_Values_HaveNoTrailingZerosFromScaling()
    {
        var figure = Assert.Single(Extract(null, (0, "It earned $1.13bn.")));

        Assert.Equal("1130000000", figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_CountFigure_KeepsNounPhraseAndHeadUnit()
    {
        var figure = Assert.Single(Extract(null, (0, "The R1 model was trained using 512 Nvidia H800 chips.")));

        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Equal("chips", figure.Unit);
        Assert.Equal("Nvidia H800 chips", figure.NounPhrase);
        Assert.Equal("512 Nvidia H800 chips", figure.Text);
    }

    [Fact]
    public void Extract_NoSentences_ReturnsEmpty()
    {
        Assert.Empty(FigureExtractor.Extract([], new Article("x", null, [new ArticleSection(0, null, [])])));
    }

    [Fact]
    public void ExtractSentence_SingleString_ReturnsItsFigures()
    {
        var figures = FigureExtractor.ExtractSentence("Sales rose 5% to £20m.");

        Assert.Equal([FigureKind.Percent, FigureKind.Money], figures.Select(f => f.Kind));
        Assert.All(figures, f => Assert.Equal("Sales", f.Subject));
    }
}

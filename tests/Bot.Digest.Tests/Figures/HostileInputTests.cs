using System.Text;
using Bot.Digest.Figures;
using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

/// <summary>Text nobody writes but a 5 MB upload can hold: long runs must be read in linear time and never throw.</summary>
public sealed class HostileInputTests
{
    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    [Theory]
    [InlineData("one ", 20_000)]
    [InlineData("1 ", 20_000)]
    [InlineData("January 2020 ", 5_000)]
    [InlineData("$1m-$2m ", 5_000)]
    [InlineData("tenfold ", 5_000)]
    [InlineData("9", 200_000)]
    [InlineData("1,", 50_000)]
    [InlineData("- ", 20_000)]
    [InlineData("½", 20_000)]
    public void Recognize_LongRepetitiveRun_CompletesWithoutThrowing(string unit, int times)
    {
        var text = Repeat(unit, times);

        var quantities = QuantityRecognizer.Recognize(text);

        Assert.All(quantities, q => Assert.InRange(q.End, q.Start, text.Length));
    }

    [Fact]
    public void Extract_BinaryLookingText_ReturnsFiguresWithVerbatimText()
    {
        var random = new Random(42);
        var chars = new char[50_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(32, 0x2FFF);
        }

        var text = new string(chars);

        var figures = FigureExtractor.ExtractSentence(text);

        Assert.All(figures, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Text.Length)));
    }
}

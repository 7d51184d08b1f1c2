using System.Globalization;
using Bot.Digest.Figures;
using static Bot.Digest.Tests.Figures.Recognition;

namespace Bot.Digest.Tests.Figures;

public sealed class MoneyRecognitionTests
{
    [Theory]
    [InlineData("It cost $294,000 in all.", "$294,000", "294000", "USD")]
    [InlineData("DeepSeek Trains R1 for $294K, Stirring Debate", "$294K", "294000", "USD")]
    [InlineData("a US$1.2bn bond", "US$1.2bn", "1200000000", "USD")]
    [InlineData("profits of £600m last year", "£600m", "600000000", "GBP")]
    [InlineData("a grant of €5 million", "€5 million", "5000000", "EUR")]
    [InlineData("jumped 76% to $1.13bn", "$1.13bn", "1130000000", "USD")]
    [InlineData("revenue of USD 5m", "USD 5m", "5000000", "USD")]
    [InlineData("fined 11m euros for", "11m euros", "11000000", "EUR")]
    [InlineData("a A$3.5bn takeover", "A$3.5bn", "3500000000", "AUD")]
    [InlineData("to hk $ 10.05 billion .", "hk $ 10.05 billion", "10050000000", "HKD")]
    [InlineData("between c $ 16.4 million", "c $ 16.4 million", "16400000", "CAD")]
    [InlineData("budget of Rs 20 crore", "Rs 20 crore", "200000000", "INR")]
    [InlineData("five million yen from the industry", "five million yen", "5000000", "JPY")]
    [InlineData("a bid of 470 pence a share", "470 pence", "470", "pence")]
    [InlineData("down 34 cents", "34 cents", "34", "cent")]
    [InlineData("it only cost 3 dollars 50 cents.", "3 dollars 50 cents", "3.5", "USD")]
    [InlineData("they lost 75 USD million", "75 USD million", "75000000", "USD")]
    [InlineData("priced at 100元!", "100元", "100", "CNY")]
    [InlineData("an annual 400m pesos", "400m pesos", "400000000", "peso")]
    [InlineData("a 12-cent-a-share dividend", "12-cent", "12", "cent")]
    public void Recognize_MoneyPhrase_NormalisesValueAndCurrency(string text, string span, string value, string unit)
    {
        var q = Single(text, FigureKind.Money);

        Assert.Equal(span, text[q.Start..q.End]);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("All 70 of us.")]
    [InlineData("I tried to call Bob 3 times already.")]
    [InlineData("The baby is over two pounds.")]
    [InlineData("All seventeen tests were succesful.")]
    public void Recognize_NoMoneyInSentence_FindsNoMoney(string text)
    {
        Assert.DoesNotContain(Valued(text), q => q.Kind == FigureKind.Money);
    }

    [Fact]
    public void Recognize_PoundsInMoneySentence_IsSterling()
    {
        var q = Single("its quarterly operating profit improved to 361 million pounds", FigureKind.Money);

        Assert.Equal(361_000_000m, q.Value);
        Assert.Equal("GBP", q.Unit);
    }

    [Fact]
    public void Recognize_TwoAmountsInBrackets_ReportsBoth()
    {
        var money = Valued("It took $42.8m (£23.7m) at the weekend.").Where(q => q.Kind == FigureKind.Money).ToList();

        Assert.Equal([42_800_000m, 23_700_000m], money.Select(q => q.Value!.Value));
        Assert.Equal(["USD", "GBP"], money.Select(q => q.Unit));
    }
}

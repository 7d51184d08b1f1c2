using Bot.Digest.Figures;

namespace Bot.Digest.Tests.Figures;

public sealed class SubjectFinderTests
{
    [Theory]
    [InlineData("DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000.", "just $294,000", "training cost of R1")]
    [InlineData("Altman said in 2023 that training GPT-4 had cost “well over $100 million,” although", "well over $100 million", "cost of training GPT-4")]
    [InlineData("the airline made a pre-tax profit of £75m ($141m) compared with £125m a year earlier.", "£75m", "pre-tax profit")]
    [InlineData("general dynamics won a $48.2 million army contract to establish facilities.", "$48.2 million", "army contract")]
    [InlineData("Russia is to part settle a $27.5bn tax claim against Yukos.", "$27.5bn", "tax claim")]
    [InlineData("The unit has to pay back a $900m (£479m) loan.", "£479m", "loan")]
    [InlineData("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months.", "76%", "Quarterly profits")]
    [InlineData("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months.", "$1.13bn", "Quarterly profits")]
    [InlineData("Turnover for the quarter was up 4.3% to £1.97bn.", "4.3%", "Turnover")]
    [InlineData("TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.", "$10.9bn", "fourth quarter sales")]
    [InlineData("Pernod has a capitalisation of £5.7bn.", "£5.7bn", "capitalisation")]
    public void Extract_SentenceSaysWhatFigureMeasures_SetsSubject(string sentence, string text, string subject)
    {
        var figure = Assert.Single(FigureExtractor.ExtractSentence(sentence), f => f.Text == text);

        Assert.Equal(subject, figure.Subject);
    }

    [Theory]
    [InlineData("The R1 model was trained using 512 Nvidia H800 chips over just 80 hours.", "just 80 hours")]
    [InlineData("The R1 model was trained using 512 Nvidia H800 chips over just 80 hours.", "512 Nvidia H800 chips")]
    [InlineData("It lost 464,000 subscribers in the fourth quarter.", "464,000 subscribers")]
    [InlineData("Its January 2025 launch of low-cost models triggered a sell-off.", "January 2025")]
    [InlineData("They said it was 40% cheaper.", "40%")]
    [InlineData("The firm, which employs 300 people, lost $5m.", "$5m")]
    public void Extract_SentenceDoesNotSay_LeavesSubjectEmpty(string sentence, string text)
    {
        var figure = Assert.Single(FigureExtractor.ExtractSentence(sentence), f => f.Text == text);

        Assert.Null(figure.Subject);
    }
}

using Bot.Digest.Summarize;

namespace Bot.Digest.Tests.Summarize;

public sealed class SubjectCheckTests
{
    [Theory]
    [InlineData("It lost 464,000 subscribers in the fourth quarter.", "PreviousSentence")]
    [InlineData("These chips are designed specifically for the Chinese market.", "PreviousSentence")]
    [InlineData("Its January 2025 launch of low-cost models triggered a tech stock sell-off.", "PreviousSentence")]
    [InlineData("They said the deal would close in March.", "PreviousSentence")]
    [InlineData("The company says it used A100 chips during the prep phase.", "EarlierMention")]
    [InlineData("The firm, which is now one of the biggest investors in Google, benefited.", "EarlierMention")]
    [InlineData("Despite the setback, it expects growth next year.", "PreviousSentence")]
    [InlineData("This year, the firm expects growth of around 5%.", "EarlierMention")]
    [InlineData("Despite limited public appearances by DeepSeek founder Liang Wenfeng in recent months, the company has continued to generate global attention.", "None")]
    [InlineData("This year sales rose by a fifth.", "None")]
    [InlineData("DeepSeek’s claims challenge the notion that only companies with vast compute can compete.", "None")]
    [InlineData("\u201CIt is a great day for the club,\u201D he said.", "None")]
    [InlineData("The Nature paper also quietly acknowledges that training data includes OpenAI answers.", "None")]
    public void Needs_OpeningSubject_SaysWhatItLeansOn(string bullet, string expected)
    {
        Assert.Equal(expected, SubjectCheck.Needs(bullet).ToString());
    }
}

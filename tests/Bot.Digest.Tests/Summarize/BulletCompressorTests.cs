using System.Text.RegularExpressions;
using Bot.Digest.Summarize;

namespace Bot.Digest.Tests.Summarize;

public sealed partial class BulletCompressorTests
{
    [Theory]
    [InlineData("However, the firm cut 500 jobs in its home market.", "The firm cut 500 jobs in its home market.")]
    [InlineData("Still, some AI experts caution that training costs alone don’t paint a full picture.", "Some AI experts caution that training costs alone don’t paint a full picture.")]
    [InlineData("But its film division saw profits slump 27% to $284m.", "Its film division saw profits slump 27% to $284m.")]
    [InlineData("Meanwhile, the bank kept interest rates at 4.75%.", "The bank kept interest rates at 4.75%.")]
    [InlineData("In addition, the club signed two new players this week.", "The club signed two new players this week.")]
    [InlineData("But iPhone sales rose sharply over the Christmas period.", "iPhone sales rose sharply over the Christmas period.")]
    [InlineData("So far, the scheme has raised £2m for the charity.", "So far, the scheme has raised £2m for the charity.")]
    public void Compress_LeadingConnective_IsDropped(string sentence, string bullet)
    {
        Assert.Equal(bullet, BulletCompressor.Compress(sentence, 30));
    }

    [Theory]
    [InlineData("Sales of the console rose sharply in December, analysts said.", "Sales of the console rose sharply in December.")]
    [InlineData("Unemployment fell to its lowest level since 1975, according to official figures.", "Unemployment fell to its lowest level since 1975.")]
    [InlineData("The airline carried 1.2 million passengers in May, said a spokesman for the group.", "The airline carried 1.2 million passengers in May.")]
    public void Compress_NeutralTrailingAttributionOfAFact_IsDropped(string sentence, string bullet)
    {
        Assert.Equal(bullet, BulletCompressor.Compress(sentence, 30));
    }

    [Theory]
    [InlineData("The firm may cut 500 jobs next year, analysts said.")] // a forecast stays the analysts' view
    [InlineData("DeepSeek had access to prohibited H100 chips, officials alleged.")] // not a neutral reporting verb
    [InlineData("We will not be raising prices this year, the chairman said.")] // first person: whose "we"?
    [InlineData("\"Our financial performance was strong,\" chairman Richard Parsons said.")] // a quote keeps its speaker
    public void Compress_AttributionTheClaimNeeds_IsKept(string sentence)
    {
        Assert.Equal(sentence, BulletCompressor.Compress(sentence, 30));
    }

    [Fact]
    public void Compress_Weekday_IsDroppedOutsideQuotes()
    {
        Assert.Equal(
            "Time Warner said that it now owns 8% of search-engine Google.",
            BulletCompressor.Compress("Time Warner said on Friday that it now owns 8% of search-engine Google.", 30));
    }

    [Fact]
    public void Compress_SeedLeadOverTheCap_DropsDashAsideThenFrontedPhrase()
    {
        // 47 words. Detachables in order: the trailing dash aside (13 words) → 34, still over 30; the fronted
        // "In a rare disclosure," → 30. The participle ", significantly undercutting ..." is not needed and stays.
        var lead = "In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model " +
                   "for just $294,000, significantly undercutting the reported training budgets of U.S. giants like OpenAI and " +
                   "Anthropic — where costs have run well into the tens or hundreds of millions.";

        var bullet = BulletCompressor.Compress(lead, 30);

        Assert.Equal(
            "Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000, " +
            "significantly undercutting the reported training budgets of U.S. giants like OpenAI and Anthropic.",
            bullet);
    }

    [Fact]
    public void Compress_CoordinatedSecondClause_GoesOnlyWhenOverTheCap()
    {
        var sentence = "However, U.S. officials previously alleged that DeepSeek may have access to prohibited H100 chips, and some " +
                       "industry observers question whether the low training cost figures reflect model performance compromises or opacity in methodology.";

        Assert.Equal(
            "U.S. officials previously alleged that DeepSeek may have access to prohibited H100 chips.",
            BulletCompressor.Compress(sentence, 30));
        Assert.Equal(sentence[9..], BulletCompressor.Compress(sentence, 40)); // 32 words fit: only "However," goes
    }

    [Fact]
    public void Compress_RelativeClauseAndParenthetical_GoWhenOverTheCap()
    {
        var sentence = "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet " +
                       "connections (mostly in cities) and higher advert sales across its magazines and its cable television channels.";

        Assert.Equal(
            "The firm benefited from sales of high-speed internet connections and higher advert sales across its magazines and its cable television channels.",
            BulletCompressor.Compress(sentence, 22));
    }

    [Fact]
    public void Compress_PartsWithDigitsOrQuotes_AreNeverRemoved()
    {
        var withFigures = "The company, which employs 5,000 people, posted a profit of $3.36bn (£1.8bn) for the full year, up 27% from 2003.";
        var withQuote = "He said “the market — frankly — is broken” and left the meeting early after a long and difficult day of talks.";

        Assert.Equal(withFigures, BulletCompressor.Compress(withFigures, 8));
        Assert.Equal(withQuote, BulletCompressor.Compress(withQuote, 8));
    }

    [Theory]
    [InlineData("In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000, significantly undercutting the reported training budgets of U.S. giants like OpenAI and Anthropic — where costs have run well into the tens or hundreds of millions.")]
    [InlineData("For comparison, OpenAI’s Sam Altman said in 2023 that training GPT-4 had cost “well over $100 million,” although exact figures remain undisclosed.")]
    [InlineData("While the company insists this was incidental (as part of web-crawled data), critics argue this borders on model distillation — a controversial method where one model learns indirectly from another, raising concerns over IP ethics and originality.")]
    [InlineData("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.")]
    public void Compress_AnySentence_OnlyDeletesWordsAndKeepsEveryNumber(string sentence)
    {
        foreach (var cap in new[] { 8, 15, 22, 30 })
        {
            var bullet = BulletCompressor.Compress(sentence, cap);

            Assert.True(IsSubsequence(Words(bullet), Words(sentence)), $"cap {cap}: \"{bullet}\" adds or reorders words");
            Assert.Equal(Numbers(sentence), Numbers(bullet));
        }
    }

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    private static List<string> Numbers(string text) => [.. NumberPattern().Matches(text).Select(m => m.Value)];

    private static bool IsSubsequence(List<string> small, List<string> big)
    {
        var j = 0;
        foreach (var w in big)
        {
            if (j < small.Count && small[j] == w)
            {
                j++;
            }
        }

        return j == small.Count;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberPattern();
}

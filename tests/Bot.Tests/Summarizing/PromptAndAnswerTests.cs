using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;
using Bot.Summarizing;
using Bot.Tests.Summarizing.Fakes;

namespace Bot.Tests.Summarizing;

public sealed class PromptAndAnswerTests
{
    private static readonly DigestOptions Digest = new();

    [Fact]
    public void Build_ListsTheExtractedFiguresOfTheIncludedSectionsVerbatim()
    {
        KeyFigure[] figures =
        [
            new("just $294,000", 294_000m, "USD", FigureKind.Money, "just", null, SeedArticle.Lead, 0, 0),
            new("well over $100 million", 100_000_000m, "USD", FigureKind.Money, "well over", null, SeedArticle.Altman, 1, 0),
        ];

        var prompt = PromptBuilder.Build(SeedArticle.Create(), figures, Digest, 6000)!;

        Assert.Equal([0, 1, 2, 3], prompt.IncludedSections);
        Assert.EndsWith("Key figures, as the article states them:\n- \"just $294,000\" (section 0)\n- \"well over $100 million\" (section 1)\n", prompt.Article, StringComparison.Ordinal);
        Assert.Equal((prompt.Instructions.Length + 3) / 4 + (prompt.Article.Length + 3) / 4, prompt.EstimatedTokens);
        Assert.Contains("4 bullets for the whole article", prompt.Instructions, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LeadLongerThanTheBudget_KeepsTheParagraphsThatFit()
    {
        var paragraph = new string('x', 2000);
        var article = new Article("a", "T", [new ArticleSection(0, null, [paragraph, paragraph, paragraph]), new ArticleSection(1, "H", ["y"])]);

        var prompt = PromptBuilder.Build(article, [], Digest, 1500)!;

        Assert.Equal([0], prompt.IncludedSections);
        Assert.Equal(2, prompt.Article.Split(paragraph).Length - 1);
        Assert.True(prompt.EstimatedTokens <= 1500);
    }

    [Fact]
    public void Build_FirstParagraphLongerThanTheBudget_IsNull()
    {
        var article = new Article("a", "T", [new ArticleSection(0, null, [new string('x', 20_000)])]);

        Assert.Null(PromptBuilder.Build(article, [], Digest, 1000));
    }

    [Fact]
    public void Parse_ToleratesFencesAndBulletMarksAndCapsCounts()
    {
        const string text = """
            Here it is:
            ```json
            {"tldr": " DeepSeek trained R1. ", "bullets": ["- one", "• two", "* three", "four", "five", "six"],
             "sections": [{"index": 1, "bullets": ["a", "b", "c"]}, {"index": 1, "bullets": ["dup"]}, {"index": 0, "bullets": ["lead"]}, {"index": 5, "bullets": ["cut"]}]}
            ```
            """;

        var draft = DigestAnswer.Parse(text, [0, 1, 2], Digest)!;

        Assert.Equal("DeepSeek trained R1.", draft.Tldr);
        Assert.Equal(["one", "two", "three", "four"], draft.Bullets);
        var section = Assert.Single(draft.Sections);
        Assert.Equal(1, section.Index);
        Assert.Equal(["a", "b"], section.Bullets);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no json here")]
    [InlineData("[\"a\", \"b\"]")]
    [InlineData("{\"tldr\": 5, \"bullets\": []}")]
    [InlineData("{\"tldr\": \"x\", \"bullets\": [1, 2]}")]
    [InlineData("{\"bullets\": [\"a\"]}")]
    [InlineData("{\"tldr\": \"\", \"bullets\": []}")]
    [InlineData("{\"tldr\": \"x\", \"bullets\": [\"a\"]")]
    public void Parse_NotTheDigestShape_IsNull(string? text)
    {
        Assert.Null(DigestAnswer.Parse(text, [0, 1], Digest));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("3", 3000)]
    [InlineData("Sun, 01 Jun 2025 08:00:10 GMT", 10_000)]
    [InlineData("Sun, 01 Jun 2025 07:00:00 GMT", 0)]
    public void RetryAfter_SecondsOrHttpDate(string value, int expectedMs)
    {
        var now = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryDelay.Parse(value, now));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    public void RetryAfter_Garbage_IsNull(string value)
    {
        Assert.Null(RetryDelay.Parse(value, DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData("written by gpt-4o-mini, every figure checked against the article", "written by gpt-4o-mini, every figure checked against the article · from 1,240 words, full text")]
    [InlineData("extractive: model unavailable", "extractive: model unavailable · from 1,240 words, full text")]
    [InlineData("extractive", "summarised from 1,240 words, full text")]
    public void Footer_SaysHowTheDigestWasMade(string method, string expected)
    {
        Assert.Equal(expected, Bot.Chat.Messages.DigestMessages.Footer(new DigestProvenance(1240, ArticleCompleteness.FullText, method)));
    }
}

using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class PlainTextTitleTests
{
    public static TheoryData<string, string?> Titles => new()
    {
        { "DeepSeek Trains R1\n\nThe lead paragraph is here.", "DeepSeek Trains R1" },
        { "# Markdown title\n\nLead text.", "Markdown title" },
        { "Setext title\n============\n\nLead text.", "Setext title" },
        { "Is AI a bubble?\n\nMarkets fell on Monday.", "Is AI a bubble?" },
        { "Trade war hits the U.S.\n\nTariffs rose again.", "Trade war hits the U.S." },
        { "Title line\nThe lead follows on the very next line without a blank line between them, and it is long.", "Title line" },
        { "Advertisement\n\nReal title after furniture\n\nLead text.", "Real title after furniture" },
        { "\n\n   \nTitle after blank lines\n\nLead text.", "Title after blank lines" },

        // No title: the text starts with the lead.
        { "This lead sentence ends with a full stop.\n\nSecond paragraph.", null },
        { "The winners of this year's prize are:\n\nAlice and Bob.", null },
        { "lowercase first line without a stop\n\nLead text.", null },
        { "Only one line and nothing else", null },
        {
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            + "eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six\n\nLead.",
            null
        },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void ReadText_FirstLine_IsTitleOnlyWhenItReadsLikeOne(string text, string? expected)
    {
        var article = Read(text);

        Assert.Equal(expected, article.Title);
    }

    [Fact]
    public void ReadText_NoTitle_FirstLineStartsTheLead()
    {
        var article = Read("This lead sentence ends with a full stop.\n\nSecond paragraph.");

        Assert.Equal(["This lead sentence ends with a full stop.", "Second paragraph."], article.Sections[0].Paragraphs);
    }

    [Fact]
    public void ReadText_SingleLine_IsTheLeadNotATitle()
    {
        var article = Read("Only one line and nothing else");

        Assert.Null(article.Title);
        Assert.Equal(["Only one line and nothing else"], article.Sections[0].Paragraphs);
    }

    [Fact]
    public void ReadText_BylineAndDatelineUnderTitle_BecomeMetadataNotHeadings()
    {
        var article = Read("Tunnel opens\n\nBy Jane Doe\n\nPublished 18 September 2025\n\nThe tunnel opened on Friday after years of delay.");

        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTimeOffset(2025, 9, 18, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Empty(article.HeadedSections);
        Assert.Equal(["The tunnel opened on Friday after years of delay."], article.Sections[0].Paragraphs);
    }

    [Fact]
    public void ReadText_UrlSource_BecomesTheArticleUrl()
    {
        var article = ArticleReader.ReadText("Title\n\nLead text.", "https://news.example/story?id=1").Value!;

        Assert.Equal("https://news.example/story?id=1", article.Url);
    }

    internal static Article Read(string text)
    {
        var result = ArticleReader.ReadText(text, "test.txt");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}

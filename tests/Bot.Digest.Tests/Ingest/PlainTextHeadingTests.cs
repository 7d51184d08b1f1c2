namespace Bot.Digest.Tests.Ingest;

public sealed class PlainTextHeadingTests
{
    public static TheoryData<string, string[]> Headings => new()
    {
        // A short standalone line followed by a paragraph is a heading, "?" included.
        { "T\n\nLead text.\n\nShort heading\n\nBody text follows here.", ["Short heading"] },
        { "T\n\nLead text.\n\nWhat comes next?\n\nBody text follows here.", ["What comes next?"] },
        { "T\n\nLead text.\n\nOne\n\nFirst body.\n\nTwo\n\nSecond body.", ["One", "Two"] },
        { "# T\n\nLead text.\n\n## Markdown two\n\nBody.\n\n### Markdown three\n\nMore body.", ["Markdown two", "Markdown three"] },
        { "T\n\nLead text.\n\n**Bold heading**\n\nBody text follows here.", ["Bold heading"] },

        // Not headings.
        { "T\n\nLead text. Why does it matter? Because it does.\n\nMore text here.", [] },
        { "T\n\nLead text.\n\nA short sentence.\n\nBody text follows here.", [] },
        { "T\n\nLead text.\n\nThe results were:\n\nBody text follows here.", [] },
        { "T\n\nLead text.\n\nThe end", [] },
        { "T\n\nLead text.\n\npart of a sentence\n\nBody text follows here.", [] },
        { "T\n\nLead text.\n\nPart one\n\nThe beginning\n\nBody text follows here.", ["The beginning"] },
        { "T\n\nLead text.\n\n- A list item without stop\n\nBody text follows here.", [] },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void ReadText_StandaloneLines_AreHeadingsOnlyWhenShortAloneAndFollowedByAParagraph(string text, string[] expected)
    {
        var article = PlainTextTitleTests.Read(text);

        Assert.Equal(expected, article.HeadedSections.Select(s => s.Heading));
    }

    [Fact]
    public void ReadText_QuestionInsideProse_StaysInItsParagraph()
    {
        var article = PlainTextTitleTests.Read("T\n\nLead text. Why does it matter? Because it does.\n\nMore text here.");

        Assert.Equal(["Lead text. Why does it matter? Because it does.", "More text here."], article.Sections[0].Paragraphs);
    }

    [Fact]
    public void ReadText_HeadingRightAfterTitle_LeavesAnEmptyLead()
    {
        var article = PlainTextTitleTests.Read("# Title\n\n## First part\n\nBody of the first part.");

        Assert.Empty(article.Sections[0].Paragraphs);
        Assert.Equal("First part", article.Sections[1].Heading);
        Assert.Equal(1, article.Sections[1].Index);
    }

    [Fact]
    public void ReadText_HeadingWithoutParagraphs_IsDropped()
    {
        var article = PlainTextTitleTests.Read("# Title\n\nLead.\n\n## Empty\n## Full\n\nBody of the full one.");

        Assert.Equal(["Full"], article.HeadedSections.Select(s => s.Heading));
        Assert.Equal(1, article.HeadedSections.Single().Index);
    }

    [Fact]
    public void ReadText_HardWrappedParagraph_IsJoinedIntoOne()
    {
        var text = "Title\n\nThe council met on Friday to approve the budget after a long\ndebate that ran late into the evening and ended with a\nnarrow vote.\n\nNext paragraph.";

        var article = PlainTextTitleTests.Read(text);

        Assert.Equal(
            ["The council met on Friday to approve the budget after a long debate that ran late into the evening and ended with a narrow vote.", "Next paragraph."],
            article.Sections[0].Paragraphs);
    }

    [Fact]
    public void ReadText_OneParagraphPerLine_KeepsEachLineAndFindsHeadings()
    {
        var longLine = "The council met on Friday to approve the budget after a long debate that ran late into the evening, and the vote was narrow.";
        var text = $"Budget passes\n{longLine}\nWhat happens next\n{longLine}\n";

        var article = PlainTextTitleTests.Read(text);

        Assert.Equal("Budget passes", article.Title);
        Assert.Equal([longLine], article.Sections[0].Paragraphs);
        Assert.Equal("What happens next", article.Sections[1].Heading);
    }

    [Fact]
    public void ReadText_CrLfLineEndings_ReadLikeLf()
    {
        var article = PlainTextTitleTests.Read("Title\r\n\r\nLead text.\r\n\r\nA heading\r\n\r\nBody text.\r\n");

        Assert.Equal("Title", article.Title);
        Assert.Equal(["A heading"], article.HeadedSections.Select(s => s.Heading));
    }
}

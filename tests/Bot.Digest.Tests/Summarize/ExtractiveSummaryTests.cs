using Bot.Digest.Figures;
using Bot.Digest.Summarize;

namespace Bot.Digest.Tests.Summarize;

public sealed class ExtractiveSummaryTests
{
    private static readonly string[] Market =
    [
        "Widget maker Acme reported record widget sales of $5bn for the year, lifting its widget profit by 12%.",
        "Rival Bolt saw its widget sales fall for a third year as buyers moved to cheaper imports from abroad.",
        "Acme plans to open two widget factories in Ohio next spring, adding 800 jobs to its workforce there.",
        "Shares fell.",
        "It said the new plants would double its widget output by the end of the decade.",
        "The weather in Ohio was mild for the season, with little snow reported anywhere in the state this winter.",
        "Analysts expect the widget market to grow by 5% a year, driven by demand from carmakers and builders.",
    ];

    [Fact]
    public void Write_SameInput_GivesTheSameDraft()
    {
        var (article, sentences) = TestArticles.Build("Acme widget sales hit record", (null, Market));

        var a = ExtractiveSummary.Write(article, sentences, [], new DigestOptions());
        var b = ExtractiveSummary.Write(article, sentences, [], new DigestOptions());

        Assert.Equal(a.Tldr, b.Tldr);
        Assert.Equal(a.Bullets, b.Bullets);
    }

    [Fact]
    public void Write_Bullets_FollowArticleOrderAndLeaveOutTheTldrSentence()
    {
        var (article, sentences) = TestArticles.Build("Acme widget sales hit record", (null, Market));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { Bullets = 3 });

        Assert.Equal(3, draft.Bullets.Count);
        Assert.DoesNotContain(draft.Tldr, draft.Bullets);
        var positions = draft.Bullets.Select(b => Array.FindIndex(Market, s => s.StartsWith(b[..20], StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Write_PronounSentenceWhoseAntecedentIsNotChosen_IsSkipped()
    {
        // "It said the new plants ..." follows "Shares fell." (too short to be a bullet), so "It" has nothing to
        // refer to in the digest, however much it shares with the headline.
        var (article, sentences) = TestArticles.Build("Acme widget sales hit record", (null, Market));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { Bullets = 6 });

        Assert.DoesNotContain(draft.Bullets.Append(draft.Tldr), b => b.StartsWith("It ", StringComparison.Ordinal));
        Assert.DoesNotContain("Shares fell.", draft.Bullets);
    }

    [Fact]
    public void Write_NearDuplicateSentences_OnlyOneIsChosen()
    {
        string[] paragraphs =
        [
            "The central bank raised its main interest rate to 4.75% on Thursday, the first rise in two years.",
            "Borrowing costs for millions of homeowners will climb after the central bank raised its main interest rate.",
            "The pound rose against the dollar after the decision was announced by the governor in London.",
            "Retailers warned that the higher interest rate would hit spending in the run-up to Christmas.",
        ];
        var (article, sentences) = TestArticles.Build("Bank raises interest rate", (null, paragraphs));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { Bullets = 3 });
        var all = draft.Bullets.Prepend(draft.Tldr).ToList();

        Assert.Single(all, b => b.Contains("raised its main interest rate", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Sections_EachGetTheirOwnBulletsFromTheirOwnSentences()
    {
        var (article, sentences) = TestArticles.Build(
            "Acme widget sales hit record",
            (null, ["Widget maker Acme reported record widget sales of $5bn for the year, lifting its widget profit by 12%."]),
            ("Factories", ["Acme plans to open two widget factories in Ohio next spring, adding 800 jobs to its workforce there.", "The Ohio plants will be the first new Acme factories built in the state since 1990."]),
            ("Rivals", ["Rival Bolt saw its widget sales fall for a third year as buyers moved to cheaper imports from abroad.", "Bolt said it would cut 300 jobs at its plant in Texas to save money."]));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { SectionBullets = 1 });

        Assert.Equal([1, 2], draft.Sections.Select(s => s.Index));
        Assert.Equal(["Factories", "Rivals"], draft.Sections.Select(s => s.Title));
        Assert.Contains("Ohio", Assert.Single(draft.Sections[0].Bullets), StringComparison.Ordinal);
        Assert.Contains("Bolt", Assert.Single(draft.Sections[1].Bullets), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TopKeyFigureNotYetCovered_PullsItsSentenceIn()
    {
        var (article, sentences) = TestArticles.Build("Acme widget sales hit record", (null, Market));
        var withFigure = TestArticles.Figure(sentences, "5%", 5, "%", FigureKind.Percent);
        var sales = TestArticles.Figure(sentences, "$5bn", 5_000_000_000, "USD");

        var without = ExtractiveSummary.Write(article, sentences, [sales], new DigestOptions { Bullets = 1 });
        var with = ExtractiveSummary.Write(article, sentences, [sales, withFigure], new DigestOptions { Bullets = 1 });

        Assert.DoesNotContain(without.Bullets, b => b.Contains("5% a year", StringComparison.Ordinal));
        Assert.Contains(with.Bullets, b => b.Contains("5% a year", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_WordBudget_StopsAddingBulletsOnceReached()
    {
        var (article, sentences) = TestArticles.Build("Acme widget sales hit record", (null, Market));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { Bullets = 6, WordBudget = 30 });

        var words = draft.Bullets.Prepend(draft.Tldr).Sum(b => b.Split(' ').Length);
        var lastBulletWords = draft.Bullets.Min(b => b.Split(' ').Length);
        Assert.InRange(words, 30, 30 + 30);
        Assert.True(draft.Bullets.Count < 5, $"{draft.Bullets.Count} bullets for a 30-word budget");
        Assert.True(lastBulletWords > 0);
    }

    [Fact]
    public void Write_EmptyArticle_GivesAnEmptyDraft()
    {
        var (article, sentences) = TestArticles.Build("Nothing here", (null, []));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions());

        Assert.Equal(string.Empty, draft.Tldr);
        Assert.Empty(draft.Bullets);
        Assert.Empty(draft.Sections);
    }

    [Fact]
    public void Write_LeadSharesNoWordsWithTheRest_IsStillTheTldr()
    {
        // The rest repeat each other's words, so they are the "central" ones; the TL;DR is still the opening sentence.
        string[] paragraphs =
        [
            "The harbour reopened after three weeks of repairs to its sea wall.",
            "Local traders said footfall in the old market square rose sharply over the weekend.",
            "Traders in the old market square said footfall rose as visitors returned to the square.",
            "Footfall in the market square is expected to keep rising, traders in the square said.",
        ];
        var (article, sentences) = TestArticles.Build("Harbour reopens after repairs", (null, paragraphs));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions());
        var byScoreAlone = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { Weights = SummaryWeights.Default with { TldrWindow = 0 } });

        Assert.Equal(paragraphs[0], draft.Tldr);
        Assert.NotEqual(paragraphs[0], byScoreAlone.Tldr); // what the window guards against
    }

    [Fact]
    public void Write_LeadIsAQuestion_TldrFallsBackToTheBestSentence()
    {
        string[] paragraphs =
        [
            "Is this the end of the high street as we have known it for a century?",
            "Retail sales fell 3% in January, the steepest fall in the high street for a decade.",
            "Shops blamed the weather.",
        ];
        var (article, sentences) = TestArticles.Build("High street sales fall", (null, paragraphs));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions());

        Assert.Equal(paragraphs[1], draft.Tldr);
    }

    [Fact]
    public void Write_QuotationCutBySentenceSplitting_IsJoinedBackIntoOneBullet()
    {
        string[] paragraphs =
        [
            "\"We would tell Acme to stop spending on new widget factories. But if it must spend, put the widget money into training,\" the widget lobby said.",
            "Acme chief Jo Smith said widget demand was \"stronger than ever\" as widget sales rose 12% to a record $5bn.",
            "Acme plans to open two widget factories in Ohio next spring, adding 800 jobs to its widget workforce.",
        ];
        var (article, sentences) = TestArticles.Build("Acme widget factories spending row", (null, paragraphs));
        Assert.Contains(sentences, s => s.Text == "\"We would tell Acme to stop spending on new widget factories.");

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { Bullets = 6 });

        var all = draft.Bullets.Prepend(draft.Tldr).ToList();
        Assert.Contains(paragraphs[0], all); // the whole quotation, verbatim, as one bullet
        Assert.All(all, b => Assert.False(Quotes.Unbalanced(b), b));
    }

    [Fact]
    public void Write_QuotationThatNeverClosesInItsParagraph_TheHalfWithTheDanglingMarkIsNoBullet()
    {
        string[] paragraphs =
        [
            "\"We would tell Acme to stop spending on new widget factories right now. But if it must spend, put the widget money into training for the workers.",
            "Acme chief Jo Smith said widget demand was \"stronger than ever\" as widget sales rose 12% to a record $5bn.",
            "Acme plans to open two widget factories in Ohio next spring, adding 800 jobs to its widget workforce.",
            "Rival Bolt saw its widget sales fall for a third year as buyers moved to cheaper imports from abroad.",
        ];
        var (article, sentences) = TestArticles.Build("Acme widget spending row", (null, paragraphs));

        var draft = ExtractiveSummary.Write(article, sentences, [], new DigestOptions { Bullets = 6 });

        var all = draft.Bullets.Prepend(draft.Tldr).ToList();
        Assert.DoesNotContain(all, b => b.Contains("right now", StringComparison.Ordinal));
        Assert.All(all, b => Assert.False(Quotes.Unbalanced(b), b));
        Assert.Contains(all, b => b.Contains("\"stronger than ever\"", StringComparison.Ordinal)); // a whole quotation is fine
    }

    [Theory]
    [InlineData("\"We would tell him to stop.", true)]
    [InlineData("But put it into skills,\" he said.", true)]
    [InlineData("\u201CWe would tell him to stop.", true)]
    [InlineData("He said it was \"stronger than ever\" this year.", false)]
    [InlineData("It cost \u201Cwell over $100 million,\u201D he said.", false)]
    [InlineData("DeepSeek\u2019s paper says it used \u2018distilled\u2019 data.", false)]
    public void Unbalanced_DoubleQuotes(string sentence, bool expected)
    {
        Assert.Equal(expected, Quotes.Unbalanced(sentence));
    }
}

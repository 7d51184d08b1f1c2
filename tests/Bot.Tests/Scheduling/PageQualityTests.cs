using Bot.Digest.Ingest;
using Bot.Scheduling.Feeds;

namespace Bot.Tests.Scheduling;

public sealed class PageQualityTests
{
    [Fact]
    public void ShortPageAskingToSubscribe_IsAPaywall()
    {
        var page = Page("Tram line approved", "The council voted on Tuesday.", "Subscribe to continue reading this article. Already a subscriber? Sign in.");

        var (verdict, reason) = PageQuality.Judge(page, minPageWords: 120);

        Assert.Equal(PageVerdict.Paywall, verdict);
        Assert.Contains("paywall", reason, StringComparison.Ordinal);
        Assert.Contains("“subscribe to continue”", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortPageWithoutPhrases_IsEmpty()
    {
        var (verdict, reason) = PageQuality.Judge(Page("Title", "Loading…"), minPageWords: 120);

        Assert.Equal(PageVerdict.Empty, verdict);
        Assert.Equal("the page has almost no text (1 word)", reason);
    }

    [Fact]
    public void LongArticleMentioningSubscriptionsInItsFooter_IsTheArticle()
    {
        var body = string.Join(' ', Enumerable.Repeat("The council voted to approve the tram line after a long debate.", 60));
        var page = Page("Tram", body, "Already a subscriber? Thanks for reading.");

        Assert.Equal(PageVerdict.FullText, PageQuality.Judge(page, minPageWords: 120).Verdict);
    }

    [Fact]
    public void MediumPageWithPaywallPhrase_UnderThreeTimesTheMinimum_IsAPaywall()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 200));

        Assert.Equal(PageVerdict.Paywall, PageQuality.Judge(Page("T", body, "This article is for subscribers only."), minPageWords: 120).Verdict);
    }

    [Fact]
    public void NoArticleFound_ButThePageAsksToSubscribe_IsAPaywall()
    {
        var (verdict, reason) = PageQuality.Judge(null, "Tram fares to rise in May Subscribe to continue reading. Already a subscriber? Sign in.", 120);

        Assert.Equal(PageVerdict.Paywall, verdict);
        Assert.Equal("the page is behind a paywall (“subscribe to continue”; no article text)", reason);
    }

    [Fact]
    public void NoArticleFound_NoPhrase_IsEmpty()
    {
        Assert.Equal((PageVerdict.Empty, "the page has no article text"), PageQuality.Judge(null, "Loading…", 120));
    }

    [Fact]
    public void TypographicApostrophe_StillMatches()
    {
        Assert.Equal(PageVerdict.Paywall, PageQuality.Judge(null, "You’ve reached your free article limit. Subscribe now to read on.", 120).Verdict);
    }

    private static Article Page(string title, params string[] paragraphs) =>
        new("page", title, [new ArticleSection(0, null, paragraphs)]);
}

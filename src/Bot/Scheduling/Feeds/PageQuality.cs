using Bot.Digest.Ingest;

namespace Bot.Scheduling.Feeds;

public enum PageVerdict
{
    /// <summary>The page holds the article: use it.</summary>
    FullText,

    /// <summary>The page asks the reader to subscribe or sign in and shows little text.</summary>
    Paywall,

    /// <summary>The page has (almost) no text.</summary>
    Empty,
}

/// <summary>
/// Is a fetched page the article, or a paywall or an empty shell? A page under Feeds:MinPageWords words is empty (a
/// paywall when it says so); a page that says "subscribe to continue" and is not much longer than that is a paywall.
/// A long article that merely mentions subscribing in its footer is the article.
/// </summary>
public static class PageQuality
{
    private static readonly string[] PaywallPhrases =
    [
        "subscribe to continue", "subscribe to read", "subscribe now to read", "subscribers only", "for subscribers only",
        "only available to subscribers", "exclusive to subscribers", "this article is for subscribers", "to continue reading",
        "already a subscriber", "already have an account", "sign in to continue", "sign in to read", "log in to continue",
        "log in to read", "create a free account", "register to continue", "become a member to", "members only",
        "you have reached your limit", "reached your free article limit", "free articles this month", "premium content",
        "unlock this article", "to read the full article", "subscription required", "start your subscription",
    ];

    /// <param name="page">The article the reader found in the page, or null when it found none.</param>
    /// <param name="pageText">The page's whole text (markup removed): where the paywall's words are, since a reader drops
    /// them as page furniture.</param>
    public static (PageVerdict Verdict, string Reason) Judge(Article? page, string pageText, int minPageWords)
    {
        var words = page?.WordCount ?? 0;
        var text = Fold(pageText) + " " + (page is null ? string.Empty : Fold(string.Join(' ', page.Sections.SelectMany(s => s.Paragraphs))));
        var phrase = PaywallPhrases.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal));
        if (phrase is not null && words < minPageWords * 3)
        {
            return (PageVerdict.Paywall, $"the page is behind a paywall (“{phrase}”; {Found(page, words)})");
        }

        if (words < minPageWords)
        {
            return (PageVerdict.Empty, page is null ? "the page has no article text" : $"the page has almost no text ({Words(words)})");
        }

        return (PageVerdict.FullText, $"full text from the page ({Words(words)})");
    }

    /// <summary>The same, for a page whose text is the article's (a followed page URL).</summary>
    public static (PageVerdict Verdict, string Reason) Judge(Article page, int minPageWords)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Judge(page, string.Empty, minPageWords);
    }

    private static string Found(Article? page, int words) => page is null ? "no article text" : Words(words) + " of text";

    private static string Fold(string text) => string.Join(' ', (text ?? string.Empty).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');

    private static string Words(int n) => n == 1 ? "1 word" : FormattableString.Invariant($"{n:N0} words");
}

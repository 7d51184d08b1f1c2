using System.Collections.Frozen;
using System.Text;

namespace Bot.Digest.Ingest;

/// <summary>
/// Page furniture: the lines a web page wraps around an article ("Latest articles", "Share this", "Advertisement",
/// "Sign up for our newsletter", cookie notices…) that are never article text and never a section.
/// </summary>
internal static class Furniture
{
    /// <summary>Lines that introduce a list of other stories: the short lines after them go too.</summary>
    private static readonly FrozenSet<string> ListHeaders = FrozenSet.Create(StringComparer.Ordinal,
    [
        "latest", "latest articles", "latest news", "latest stories", "latest posts", "latest videos",
        "related", "related articles", "related stories", "related posts", "related content", "related reading",
        "related coverage", "related news", "related topics", "read more", "read next", "read also", "also read",
        "see also", "more from", "more stories", "more news", "more on this story", "more like this", "more to read",
        "you may also like", "you might also like", "you may be interested in", "you might be interested in",
        "recommended", "recommended for you", "recommended articles", "recommended stories", "most read",
        "most popular", "most viewed", "most shared", "popular", "popular now", "trending", "trending now",
        "top stories", "editor's picks", "editors' picks", "in other news", "don't miss", "must read",
        "what to read next", "tags", "topics", "more in", "around the web", "from around the web", "further reading",
    ]);

    private static readonly FrozenSet<string> Lines = FrozenSet.Create(StringComparer.Ordinal,
    [
        "share", "share this", "share this article", "share this story", "share this post", "share article",
        "share on", "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
        "promoted", "paid content", "subscribe", "subscribe now", "newsletter", "sign up", "sign in", "log in",
        "login", "register", "comments", "comment", "leave a comment", "add a comment", "view comments",
        "show comments", "join the conversation", "follow us", "skip to content", "skip to main content",
        "back to top", "print", "email", "copy link", "link copied", "continue reading", "featured", "next article",
        "previous article", "next", "previous", "accept", "accept all", "accept cookies", "reject all",
        "manage cookies", "cookie settings", "cookie policy", "privacy policy", "terms of service", "terms of use",
        "contact us", "about us", "all rights reserved", "listen to this article", "save", "bookmark", "menu",
        "search", "home", "close",
    ]);

    private static readonly string[] Prefixes =
    [
        "sign up for", "sign up to", "sign up now", "subscribe to", "subscribe for", "subscribe now",
        "get our newsletter", "get the latest", "join our newsletter", "join our mailing list", "follow us on",
        "share on ", "share this", "we use cookies", "this site uses cookies", "this website uses cookies",
        "our site uses cookies", "by continuing to use", "by using this site", "by using our site", "read more:",
        "read more about", "read more at", "also read:", "related:", "see also:", "copyright ", "© ", "(c) ",
        "all rights reserved", "click here to", "advertisement", "story continues below", "article continues below",
        "continue reading below", "continue reading the main story", "this article was originally published",
        "image credit", "image source", "photo credit", "photograph:", "reporting by", "additional reporting by",
        "edited by", "want more stories like this", "don't miss out", "enjoyed this article",
    ];

    /// <summary>Furniture is short: a 40-word paragraph that starts "Subscribe to" is still article text.</summary>
    private const int MaxWords = 30;

    public static bool IsFurniture(string text)
    {
        if (WordCounter.Count(text) > MaxWords)
        {
            return false;
        }

        var key = Key(text);
        return key.Length == 0 || Lines.Contains(key) || ListHeaders.Contains(key) || StartsWithPrefix(key);
    }

    /// <summary>"Related articles", "Most read"…: the list of stories that follows it is furniture too.</summary>
    public static bool IntroducesStoryList(string text) =>
        WordCounter.Count(text) <= 6 && (ListHeaders.Contains(Key(text)) || Key(text).StartsWith("more from ", StringComparison.Ordinal));

    private static bool StartsWithPrefix(string key)
    {
        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, straight apostrophes, no trailing punctuation or arrows, single spaces.</summary>
    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '’' or '‘' or 'ʼ' => '\'',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        var key = sb.ToString().Trim().TrimEnd(' ', '.', ':', '!', '»', '›', '→', '>', '-', '|', '…', '+').Trim();
        return key.TrimStart('»', '›', '→', '>', '#', '|', ' ');
    }
}

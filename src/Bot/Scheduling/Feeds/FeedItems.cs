using Bot.Chat.Stores;
using Bot.Digest.Ingest;

namespace Bot.Scheduling.Feeds;

/// <summary>A parsed feed's items as rows to store: each item's article (full text or teaser), its canonical URL and
/// content hash for dedupe. A plain page is judged at once (paywall, empty) since it has no other text to fall back on.</summary>
internal static class FeedItems
{
    public static IReadOnlyList<NewFeedItem> ToNew(ParsedFeed feed, string feedUrl, FeedsOptions settings)
    {
        var source = feed.Title ?? (Uri.TryCreate(feedUrl, UriKind.Absolute, out var uri) ? uri.Host : feedUrl);
        var items = new List<NewFeedItem>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            var article = ItemArticles.ToArticle(item, source, settings.FullTextWords);
            string? note = null;
            var checkedPage = false;
            if (feed.Kind == FeedKind.Page)
            {
                var (verdict, reason) = PageQuality.Judge(article, settings.MinPageWords);
                article = article with { Completeness = verdict == PageVerdict.FullText ? ArticleCompleteness.FullText : ArticleCompleteness.Teaser };
                note = verdict == PageVerdict.FullText ? null : reason;
                checkedPage = true;
            }

            items.Add(new NewFeedItem(item.Key, item.Url, FeedUrls.Canonical(item.Url), ContentHash.Of(article), article, note, checkedPage));
        }

        return items;
    }
}

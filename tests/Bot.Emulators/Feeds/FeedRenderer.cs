using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Bot.Emulators.Feeds;

/// <summary>Writes a <see cref="FeedFixture"/> as RSS 2.0 (with content:encoded and dc:creator), Atom 1.0 or JSON
/// Feed 1.1, escaping through the XML and JSON writers.</summary>
public static class FeedRenderer
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static (string Body, string ContentType) Render(FeedFixture feed, Uri self)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.Format switch
        {
            FeedFormat.Rss => (Rss(feed, self), "application/rss+xml; charset=utf-8"),
            FeedFormat.Atom => (AtomFeed(feed, self), "application/atom+xml; charset=utf-8"),
            _ => (Json(feed, self), "application/feed+json; charset=utf-8"),
        };
    }

    private static string Rss(FeedFixture feed, Uri self)
    {
        var channel = new XElement("channel",
            new XElement("title", feed.Title),
            new XElement("link", new Uri(self, "/").AbsoluteUri),
            new XElement("description", $"{feed.Title}, a test feed"),
            new XElement("lastBuildDate", feed.Updated.ToString("r", CultureInfo.InvariantCulture)));
        foreach (var item in feed.Items)
        {
            channel.Add(new XElement("item",
                new XElement("title", item.Title),
                item.Link is null ? null : new XElement("link", item.Link),
                new XElement("guid", new XAttribute("isPermaLink", "false"), item.Id),
                item.Summary is null ? null : new XElement("description", item.Summary),
                item.ContentHtml is null ? null : new XElement(Content + "encoded", new XCData(item.ContentHtml)),
                item.Published is { } published ? new XElement("pubDate", published.ToString("r", CultureInfo.InvariantCulture)) : null,
                item.Author is null ? null : new XElement(Dc + "creator", item.Author)));
        }

        var rss = new XElement("rss", new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "content", Content.NamespaceName), new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName), channel);
        return new XDeclaration("1.0", "utf-8", null) + "\n" + rss;
    }

    private static string AtomFeed(FeedFixture feed, Uri self)
    {
        var root = new XElement(Atom + "feed",
            new XElement(Atom + "title", feed.Title),
            new XElement(Atom + "id", self.AbsoluteUri),
            new XElement(Atom + "updated", feed.Updated.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", self.AbsoluteUri)));
        foreach (var item in feed.Items)
        {
            var stamp = (item.Published ?? feed.Updated).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            root.Add(new XElement(Atom + "entry",
                new XElement(Atom + "id", item.Id),
                new XElement(Atom + "title", item.Title),
                item.Link is null ? null : new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", item.Link)),
                new XElement(Atom + "updated", stamp),
                item.Published is null ? null : new XElement(Atom + "published", stamp),
                item.Summary is null ? null : new XElement(Atom + "summary", new XAttribute("type", "html"), item.Summary),
                item.ContentHtml is null ? null : new XElement(Atom + "content", new XAttribute("type", "html"), item.ContentHtml),
                item.Author is null ? null : new XElement(Atom + "author", new XElement(Atom + "name", item.Author))));
        }

        return new XDeclaration("1.0", "utf-8", null) + "\n" + root;
    }

    private static string Json(FeedFixture feed, Uri self)
    {
        var items = feed.Items.Select(i => new Dictionary<string, object?>
        {
            ["id"] = i.Id,
            ["url"] = i.Link,
            ["title"] = i.Title,
            ["summary"] = i.Summary,
            ["content_html"] = i.ContentHtml,
            ["date_published"] = i.Published?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["authors"] = i.Author is null ? null : new[] { new Dictionary<string, string> { ["name"] = i.Author } },
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value)).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = feed.Title,
            ["feed_url"] = self.AbsoluteUri,
            ["items"] = items,
        });
    }
}

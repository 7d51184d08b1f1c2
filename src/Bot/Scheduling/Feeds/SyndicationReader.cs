using System.ServiceModel.Syndication;
using System.Xml;
using Bot.Digest;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication, with a hardened XmlReader (no DTD processing, no
/// external resolution, a cap on entity expansion) and lenient date and link parsing: one odd date or link never
/// fails the whole feed. RSS content:encoded counts as the item's full content.
/// </summary>
internal static class SyndicationReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly Uri Invalid = new("invalid:link");

    public static Outcome<ParsedFeed> Read(ReadOnlyMemory<byte> body, Uri feedUrl, int maxItems)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 10_000,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter;
            FeedKind kind;
            var rss = new Rss20FeedFormatter { DateTimeParser = ParseDate, UriParser = ParseUri };
            var atom = new Atom10FeedFormatter { DateTimeParser = ParseDate, UriParser = ParseUri };
            if (rss.CanRead(reader))
            {
                (formatter, kind) = (rss, FeedKind.Rss);
            }
            else if (atom.CanRead(reader))
            {
                (formatter, kind) = (atom, FeedKind.Atom);
            }
            else
            {
                return Outcome<ParsedFeed>.Failure($"not RSS 2.0 or Atom (the document starts with <{reader.LocalName}>)");
            }

            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            var items = feed.Items.Take(maxItems).Select(i => Item(i, feedUrl)).ToList();
            return Outcome<ParsedFeed>.Success(new ParsedFeed(kind, Text(feed.Title), items));
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException or InvalidOperationException)
        {
            return Outcome<ParsedFeed>.Failure($"not a valid feed ({FirstLine(ex.Message)})");
        }
    }

    private static FeedItem Item(SyndicationItem item, Uri feedUrl)
    {
        var title = Text(item.Title);
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate" && l.Uri is not null && l.Uri != Invalid);
        var url = FeedUrls.Absolute(link?.GetAbsoluteUri() ?? link?.Uri, item.BaseUri ?? feedUrl);
        var summary = Blocks(item.Summary);
        var content = Blocks(item.Content as TextSyndicationContent);
        if (content.Count == 0)
        {
            content = HtmlText.Blocks(Extension(item, "encoded", ContentNamespace));
        }

        var published = Date(item.PublishDate) ?? Date(item.LastUpdatedTime);
        var author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))
            ?? Extension(item, "creator", DublinCoreNamespace);
        var key = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : url ?? FeedUrls.Fallback(title, summary, content);
        return new FeedItem(key, title, url, summary, content, published, author);
    }

    private static string? Extension(SyndicationItem item, string name, string ns) =>
        item.ElementExtensions.Where(e => e.OuterName == name && e.OuterNamespace == ns)
            .Select(e => e.GetObject<string>()).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));

    private static IReadOnlyList<TextBlock> Blocks(TextSyndicationContent? content) => content switch
    {
        null => [],
        { Type: "text" } => HtmlText.Auto(content.Text),
        _ => HtmlText.Blocks(content.Text),
    };

    private static string? Text(TextSyndicationContent? content)
    {
        // Titles are plain text by the specs, but publishers put markup and entities in them: read them as HTML.
        var text = content is null ? null : HtmlText.Inline(content.Text);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static DateTimeOffset? Date(DateTimeOffset value) => value == DateTimeOffset.MinValue ? null : value.ToUniversalTime();

    /// <summary>The formatter throws on a false return; an unreadable date becomes MinValue (no date) instead.</summary>
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = FeedDates.Parse(data.DateTimeString) ?? DateTimeOffset.MinValue;
        return true;
    }

    private static bool ParseUri(XmlUriData data, out Uri? uri)
    {
        uri = Uri.TryCreate(data.UriString?.Trim(), data.UriKind, out var parsed) ? parsed : Invalid;
        return true;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

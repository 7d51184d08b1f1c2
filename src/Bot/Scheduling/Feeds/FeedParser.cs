using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// The feed front door, pure: fetched bytes → <see cref="ParsedFeed"/>. JSON Feed when the body is a JSON object, RSS
/// or Atom when it is XML, and a plain page (the URL is the article itself, read by <see cref="ArticleReader"/>) when
/// it is HTML or text. Bad input is a failure with a one-line reason, never an exception.
/// </summary>
public static class FeedParser
{
    public static Outcome<ParsedFeed> Parse(ReadOnlyMemory<byte> body, string? mediaType, Uri url, int maxItems = 200)
    {
        ArgumentNullException.ThrowIfNull(url);
        var head = Head(body.Span);
        if (head.Length == 0)
        {
            return Outcome<ParsedFeed>.Failure("the response was empty");
        }

        var type = mediaType?.ToLowerInvariant();
        if (head[0] == '{' || type is "application/feed+json" or "application/json")
        {
            return JsonFeedReader.Read(body, url, maxItems);
        }

        if (IsHtml(head, type) || type is "text/plain" or "text/markdown" or "text/x-markdown")
        {
            return Page(body, mediaType, url);
        }

        if (head[0] == '<')
        {
            return SyndicationReader.Read(body, url, maxItems);
        }

        return Outcome<ParsedFeed>.Failure($"neither a feed nor a page (content type {mediaType ?? "unknown"})");
    }

    /// <summary>The page as the one item of its "feed"; its key is the page's canonical URL.</summary>
    private static Outcome<ParsedFeed> Page(ReadOnlyMemory<byte> body, string? mediaType, Uri url)
    {
        var read = ArticleReader.Read(body.Span, mediaType, url.AbsoluteUri);
        if (!read.IsSuccess || read.Value is null)
        {
            return Outcome<ParsedFeed>.Failure(read.Error ?? "no article in the page");
        }

        var article = read.Value;
        var blocks = new List<TextBlock>();
        foreach (var section in article.Sections)
        {
            if (section.Heading is { Length: > 0 } heading)
            {
                blocks.Add(new TextBlock(heading, IsHeading: true));
            }

            blocks.AddRange(section.Paragraphs.Select(p => new TextBlock(p)));
        }

        var link = FeedUrls.Absolute(article.Url, url) ?? url.AbsoluteUri;
        var item = new FeedItem(FeedUrls.Canonical(url.AbsoluteUri) ?? url.AbsoluteUri, article.Title, link, [], blocks, article.Published, article.Byline);
        return Outcome<ParsedFeed>.Success(new ParsedFeed(FeedKind.Page, article.Title, [item]));
    }

    private static bool IsHtml(string head, string? type) =>
        type is "text/html" or "application/xhtml+xml"
        || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
        || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first characters after a byte-order mark, whitespace and an XML declaration or comments.</summary>
    private static string Head(ReadOnlySpan<byte> body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        while (text.StartsWith("<?", StringComparison.Ordinal) || text.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = text.IndexOf(text.StartsWith("<?", StringComparison.Ordinal) ? "?>" : "-->", StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            text = text[(end + (text[1] == '?' ? 2 : 3))..].TrimStart(' ', '\t', '\r', '\n');
        }

        return text;
    }
}

using AngleSharp.Html.Dom;

namespace Bot.Digest.Ingest;

/// <summary>
/// What a page says about its article, read before any clean-up removes the header: the title (an <c>h1</c> inside
/// the article, then <c>og:title</c>/<c>twitter:title</c>, then JSON-LD <c>headline</c>, then any <c>h1</c>, then
/// <c>&lt;title&gt;</c> without its site suffix), the byline, the published date and the canonical URL.
/// </summary>
internal sealed record HtmlMetadata(string? Title, string? Byline, DateTimeOffset? Published, string? Url)
{
    private const string ArticleScope = "article, main, [role=main], [itemprop=articleBody]";

    public static HtmlMetadata Read(IHtmlDocument doc, string source)
    {
        var jsonLd = JsonLdArticle.Read(doc);
        return new HtmlMetadata(FindTitle(doc, jsonLd), FindByline(doc, jsonLd), FindPublished(doc, jsonLd), FindUrl(doc, jsonLd, source));
    }

    private static string? FindTitle(IHtmlDocument doc, JsonLdArticle? jsonLd)
    {
        var inArticle = doc.QuerySelectorAll("h1").FirstOrDefault(h => h.Closest(ArticleScope) is not null);
        var anyH1 = doc.QuerySelectorAll("h1").FirstOrDefault(h => h.Closest("nav, footer, aside, [role=navigation]") is null);
        return FirstText(
            inArticle?.TextContent,
            Meta(doc, "og:title"),
            Meta(doc, "twitter:title"),
            jsonLd?.Headline,
            anyH1?.TextContent,
            WithoutSiteSuffix(doc.Title));
    }

    private static string? FindByline(IHtmlDocument doc, JsonLdArticle? jsonLd)
    {
        var element = doc.QuerySelector("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author, [class*=byline], [class*=author-name]");
        var text = FirstText(Meta(doc, "author"), Meta(doc, "article:author"), jsonLd?.Author, element?.TextContent);
        if (text is null || text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var byline = text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? text[3..].Trim() : text;
        return byline.Length is > 0 and <= 120 ? byline : null;
    }

    private static DateTimeOffset? FindPublished(IHtmlDocument doc, JsonLdArticle? jsonLd)
    {
        var time = doc.QuerySelector("time[itemprop=datePublished][datetime], time[pubdate][datetime], article time[datetime], time[datetime]");
        string?[] candidates =
        [
            Meta(doc, "article:published_time"), Meta(doc, "og:published_time"), Meta(doc, "datePublished"),
            Meta(doc, "pubdate"), Meta(doc, "publishdate"), Meta(doc, "date"), Meta(doc, "dc.date.issued"),
            Meta(doc, "dc.date"), jsonLd?.DatePublished, time?.GetAttribute("datetime"),
        ];
        return candidates.Select(DatelineParser.Parse).FirstOrDefault(d => d is not null);
    }

    private static string? FindUrl(IHtmlDocument doc, JsonLdArticle? jsonLd, string source)
    {
        var canonical = doc.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href");
        var baseUri = PlainTextReader.SourceUrl(source) is { } s ? new Uri(s) : null;
        foreach (var candidate in new[] { canonical, Meta(doc, "og:url"), jsonLd?.Url })
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            if (Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
            {
                return absolute.AbsoluteUri;
            }

            if (baseUri is not null && Uri.TryCreate(baseUri, candidate.Trim(), out var resolved))
            {
                return resolved.AbsoluteUri;
            }
        }

        return baseUri?.AbsoluteUri;
    }

    /// <summary>&lt;meta property=…&gt; or &lt;meta name=…&gt; or &lt;meta itemprop=…&gt;, case-insensitive.</summary>
    private static string? Meta(IHtmlDocument doc, string key)
    {
        foreach (var meta in doc.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return meta.GetAttribute("content");
            }
        }

        return null;
    }

    private static string? FirstText(params string?[] candidates) =>
        candidates.Select(c => c is null ? null : TextCleaner.Collapse(c)).FirstOrDefault(c => !string.IsNullOrEmpty(c));

    /// <summary>"The headline | Site name" → "The headline" (the last " | ", " – ", " — " or " - " part, when short).</summary>
    private static string? WithoutSiteSuffix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        foreach (var separator in new[] { " | ", " – ", " — ", " - ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && WordCounter.Count(title[(at + separator.Length)..]) <= 4)
            {
                return title[..at];
            }
        }

        return title;
    }
}

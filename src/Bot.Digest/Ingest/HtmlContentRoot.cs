using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Bot.Digest.Ingest;

/// <summary>
/// Finds the element that holds the article once the junk is gone: the semantic container (<c>articleBody</c>,
/// <c>article</c>, <c>main</c>, common content classes) with the most paragraph text, the innermost one when
/// nested containers hold nearly the same text. A page without such a container (div soup) goes to SmartReader
/// (Mozilla Readability's scoring); failing that, the body.
/// </summary>
internal static class HtmlContentRoot
{
    private const string Containers = "[itemprop=articleBody], article, main, [role=main], .article-body, .article-content, "
        + ".story-body, .post-content, .entry-content, .post-body, #article-body, #content, .content";

    /// <summary>A container with less paragraph text than this is not trusted over Readability's scoring.</summary>
    private const int MinContainerText = 200;

    /// <summary>Readability's own element limit: larger pages skip it (its scoring is slow on huge trees).</summary>
    private const int MaxReadabilityElements = 20_000;

    public static IElement? Find(IHtmlDocument doc, string source, HtmlParser parser, bool allowReadability)
    {
        var scored = doc.QuerySelectorAll(Containers).Select(e => (Element: e, Text: HtmlJunk.ParagraphText(e))).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Text);

        // Among containers holding ≥ 90% of the best text, the deepest is the article without its wrappers.
        var container = best == 0 ? null : scored.Where(s => s.Text * 10 >= best * 9).MaxBy(s => Depth(s.Element)).Element;
        if (best >= MinContainerText)
        {
            return container;
        }

        return (allowReadability ? Readability(doc, source, parser) : null) ?? container ?? doc.Body;
    }

    private static IElement? Readability(IHtmlDocument doc, string source, HtmlParser parser)
    {
        // SmartReader rewrites the document it reads, even when it gives up: it gets a copy.
        using var copy = parser.ParseDocument(doc.DocumentElement.OuterHtml);
        var uri = PlainTextReader.SourceUrl(source) ?? "https://article.invalid/";
        using var reader = new SmartReader.Reader(uri, copy) { CharThreshold = MinContainerText, MaxElemsToParse = MaxReadabilityElements };
        SmartReader.Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception)
        {
            // Readability is a heuristic over arbitrary markup (and refuses pages over its element limit by
            // throwing): when it cannot help, the container or the body is still there.
            return null;
        }

        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        return parser.ParseDocument(article.Content).Body;
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            depth++;
        }

        return depth;
    }
}

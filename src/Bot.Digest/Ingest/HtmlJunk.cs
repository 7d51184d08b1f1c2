using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Bot.Digest.Ingest;

/// <summary>
/// Removes what is never article text: scripts and embeds; navigation, headers, footers, asides, forms and
/// dialogs; hidden elements; and elements whose class or id names junk (cookie banners, ads, share bars, related
/// and most-read lists, newsletter prompts, comments, bylines). Structural and class-based removal spares an
/// element that holds most of the page's paragraph text, so an "article has-sidebar" wrapper or an ASP.NET page
/// wrapped in one &lt;form&gt; keeps its article.
/// </summary>
internal static class HtmlJunk
{
    private const string AlwaysJunk = "script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio, "
        + "picture, img, figure, button, input, select, textarea, label, table, link, meta, [hidden], [aria-hidden=true]";

    private const string StructuralJunk = "nav, header, footer, aside, form, dialog, menu, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], "
        + "[role=search], [style*='display:none'], [style*='display: none']";

    private static readonly FrozenSet<string> JunkNameParts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr",
        "banner", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp", "sponsor",
        "sponsored", "promo", "promotion", "promoted", "share", "sharing", "sharebar", "social", "newsletter", "subscribe",
        "subscription", "signup", "related", "recommended", "recommendations", "recirc", "popular", "trending",
        "mostread", "comments", "comment", "disqus", "sidebar", "footer", "masthead", "toolbar", "pagination", "pager",
        "tags", "byline", "author", "dateline", "timestamp", "outbrain", "taboola", "modal", "popup", "overlay", "paywall",
        "ticker", "caption", "credit", "credits",
    ]);

    public static void Remove(IHtmlDocument doc)
    {
        foreach (var element in doc.QuerySelectorAll(AlwaysJunk).ToList())
        {
            element.Remove();
        }

        var body = doc.Body;
        if (body is null)
        {
            return;
        }

        var pageText = ParagraphText(body);
        foreach (var element in body.QuerySelectorAll(StructuralJunk).ToList())
        {
            RemoveUnlessMain(element, pageText);
        }

        foreach (var element in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.Parent is not null && HasJunkName(element))
            {
                RemoveUnlessMain(element, pageText);
            }
        }
    }

    /// <summary>The text length of an element's paragraphs (and list items): how much article it can hold.</summary>
    public static int ParagraphText(IElement element) =>
        element.QuerySelectorAll("p, li").Sum(p => p.TextContent.Length);

    private static void RemoveUnlessMain(IElement element, int pageText)
    {
        if (element.Parent is null || element.LocalName is "html" or "body" or "main" or "article")
        {
            return;
        }

        if (pageText > 0 && ParagraphText(element) * 2 > pageText)
        {
            return;
        }

        element.Remove();
    }

    private static bool HasJunkName(IElement element)
    {
        foreach (var name in (element.ClassName + " " + element.Id).Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (JunkNameParts.Contains(name))
            {
                return true;
            }
        }

        return false;
    }
}

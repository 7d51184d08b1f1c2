using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Bot.Digest.Ingest;

/// <summary>
/// The article object of a page's JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>): the first object, at
/// the top level, in an array or in <c>@graph</c>, that has a <c>headline</c> or <c>datePublished</c>. Malformed
/// JSON is ignored: metadata is optional.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Url)
{
    public static JsonLdArticle? Read(IHtmlDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });
                if (Find(json.RootElement) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on the web; the other metadata sources still apply.
            }
        }

        return null;
    }

    private static JsonLdArticle? Find(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(Find).FirstOrDefault(a => a is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@graph", out var graph) && Find(graph) is { } inGraph)
        {
            return inGraph;
        }

        var headline = Text(element, "headline");
        var date = Text(element, "datePublished");
        if (headline is null && date is null)
        {
            return null;
        }

        return new JsonLdArticle(headline, AuthorName(element), date, Text(element, "url"));
    }

    private static string? AuthorName(JsonElement element)
    {
        if (!element.TryGetProperty("author", out var author))
        {
            return null;
        }

        var first = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().FirstOrDefault() : author;
        return first.ValueKind switch
        {
            JsonValueKind.String => first.GetString(),
            JsonValueKind.Object => Text(first, "name"),
            _ => null,
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

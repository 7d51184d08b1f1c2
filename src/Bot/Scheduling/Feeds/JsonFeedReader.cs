using System.Text.Json;
using Bot.Digest;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with System.Text.Json's document model: unknown fields
/// are ignored, a field of the wrong type is treated as absent, and a document without the version marker is refused.
/// </summary>
internal static class JsonFeedReader
{
    public static Outcome<ParsedFeed> Read(ReadOnlyMemory<byte> body, Uri feedUrl, int maxItems)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                return Outcome<ParsedFeed>.Failure("JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)");
            }

            var items = new List<FeedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Take(maxItems))
                {
                    items.Add(Item(element, feedUrl));
                }
            }

            var title = String(root, "title");
            return Outcome<ParsedFeed>.Success(new ParsedFeed(FeedKind.JsonFeed, string.IsNullOrWhiteSpace(title) ? null : HtmlText.Inline(title), items));
        }
        catch (JsonException ex)
        {
            return Outcome<ParsedFeed>.Failure($"not valid JSON (line {ex.LineNumber + 1})");
        }
    }

    private static FeedItem Item(JsonElement item, Uri feedUrl)
    {
        var title = String(item, "title") is { } t && !string.IsNullOrWhiteSpace(t) ? HtmlText.Inline(t) : null;
        var url = FeedUrls.Absolute(String(item, "url") ?? String(item, "external_url"), feedUrl);
        var summary = HtmlText.PlainBlocks(String(item, "summary"));
        var content = String(item, "content_html") is { } html && !string.IsNullOrWhiteSpace(html)
            ? HtmlText.Blocks(html)
            : HtmlText.PlainBlocks(String(item, "content_text"));
        var published = FeedDates.Parse(String(item, "date_published")) ?? FeedDates.Parse(String(item, "date_modified"));
        var id = item.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number => idElement.GetRawText(),
            _ => null,
        } : null;
        var key = !string.IsNullOrWhiteSpace(id) ? id.Trim() : url ?? FeedUrls.Fallback(title, summary, content);
        return new FeedItem(key, title, url, summary, content, published, Author(item));
    }

    private static string? Author(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            return authors.EnumerateArray().Select(a => String(a, "name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        }

        return item.TryGetProperty("author", out var author) ? String(author, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

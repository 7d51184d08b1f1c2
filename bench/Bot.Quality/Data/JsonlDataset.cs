using System.Text.Json;

namespace Bot.Quality.Data;

/// <summary>
/// Reads a JSON Lines dataset: one object per line with "id", "article" and "summary" (required, strings) and
/// "title", "category" (optional). A bad line is reported with its number and skipped, never fatal.
/// </summary>
public static class JsonlDataset
{
    public static DatasetLoad Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<EvalArticle>();
        var errors = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                if (Parse(doc.RootElement, out var error) is { } article)
                {
                    articles.Add(article);
                }
                else
                {
                    errors.Add($"line {lineNumber}: {error}");
                }
            }
            catch (JsonException e)
            {
                errors.Add($"line {lineNumber}: not JSON ({e.Message.Split('.')[0]})");
            }
        }

        return new DatasetLoad(articles, errors);
    }

    public static DatasetLoad Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    private static EvalArticle? Parse(JsonElement root, out string error)
    {
        error = string.Empty;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "not a JSON object";
            return null;
        }

        var id = Text(root, "id");
        var text = Text(root, "article");
        var summary = Text(root, "summary");
        if (id is null || text is null || summary is null)
        {
            error = "needs string fields id, article and summary";
            return null;
        }

        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(summary))
        {
            error = $"{id}: empty article or summary";
            return null;
        }

        return new EvalArticle(id, Text(root, "category") ?? string.Empty, Text(root, "title") ?? string.Empty, text.Trim(), summary.Trim());
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>The articles read and one message per line that could not be used.</summary>
public sealed record DatasetLoad(IReadOnlyList<EvalArticle> Articles, IReadOnlyList<string> Errors);

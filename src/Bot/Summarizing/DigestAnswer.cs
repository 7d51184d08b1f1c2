using System.Text.Json;
using Bot.Digest;
using Bot.Digest.Summarize;

namespace Bot.Summarizing;

/// <summary>
/// Reads the model's answer into a draft. Tolerates what servers without structured output do (a ```json fence,
/// text around the object, "- " bullet marks) but nothing that changes the shape: anything else is malformed and the
/// digest falls back. Counts are capped at the digest's own (<see cref="DigestOptions"/>); sections the prompt did
/// not include, or that do not exist, are ignored.
/// </summary>
internal static class DigestAnswer
{
    public static SummaryDraft? Parse(string? text, IReadOnlyCollection<int> sections, DigestOptions digest)
    {
        var json = ObjectIn(text);
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tldr", out var tldr) || tldr.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("bullets", out var bullets) || Strings(bullets) is not { } bulletList)
            {
                return null;
            }

            var sectionList = new List<SectionDigest>();
            if (root.TryGetProperty("sections", out var sectionArray) && sectionArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in sectionArray.EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.Object
                        && entry.TryGetProperty("index", out var index) && index.TryGetInt32(out var n) && n > 0 && sections.Contains(n)
                        && entry.TryGetProperty("bullets", out var sectionBullets) && Strings(sectionBullets) is { } list
                        && sectionList.TrueForAll(s => s.Index != n))
                    {
                        sectionList.Add(new SectionDigest(n, string.Empty, [.. list.Take(digest.SectionBullets)]));
                    }
                }
            }

            var draft = new SummaryDraft(Clean(tldr.GetString()!), [.. bulletList.Take(digest.Bullets)], sectionList);
            return draft.Tldr.Length == 0 && draft.Bullets.Count == 0 ? null : draft;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string>? Strings(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            return null;
        }

        return [.. array.EnumerateArray().Select(e => Clean(e.GetString()!)).Where(s => s.Length > 0)];
    }

    private static string Clean(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 1 && trimmed[0] is '-' or '*' or '•' && trimmed[1] == ' ' ? trimmed[2..].Trim() : trimmed;
    }

    private static string? ObjectIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return start >= 0 && end > start ? text[start..(end + 1)] : null;
    }
}

using Bot.Digest.Ingest;

namespace Bot.Quality.Systems;

/// <summary>Turns `ots` output text into sentence units: paragraphs, the echoed title line dropped, split by our splitter.</summary>
public static class OtsOutput
{
    public static IReadOnlyList<string> Units(string output, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        var first = lines.FindIndex(l => l.Length > 0);
        if (first >= 0 && !string.IsNullOrEmpty(title) && string.Equals(lines[first], title.Trim(), StringComparison.Ordinal))
        {
            lines.RemoveAt(first);
        }

        var paragraphs = string.Join('\n', lines)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace('\n', ' '))
            .ToList();
        if (paragraphs.Count == 0)
        {
            return [];
        }

        var article = new Article("ots", null, [new ArticleSection(0, null, paragraphs)]);
        return SentenceSplitter.Split(article).Select(s => s.Text.Trim()).Where(s => s.Length > 0).ToList();
    }
}

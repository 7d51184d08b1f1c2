namespace Bot.Digest.Ingest;

/// <summary>
/// YAML front matter at the top of a Markdown file (<c>---</c> … <c>---</c>), as static-site generators write it:
/// removed from the text, and its <c>title:</c> used as the article's title.
/// </summary>
internal static class FrontMatter
{
    private const int MaxLines = 60;

    public static (string Body, string? Title) Strip(string text)
    {
        var lines = text.Split('\n', MaxLines + 2);
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            return (text, null);
        }

        string? title = null;
        var offset = lines[0].Length + 1;
        for (var i = 1; i < Math.Min(lines.Length - 1, MaxLines); i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim() is "---" or "...")
            {
                return (text[(offset + lines[i].Length + 1)..], title);
            }

            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                title = TextCleaner.Collapse(line[(colon + 1)..].Trim().Trim('"', '\''));
            }
            else if (colon <= 0 && !line.StartsWith(' ') && line.Trim().Length > 0 && !line.TrimStart().StartsWith('-'))
            {
                return (text, null);
            }

            offset += lines[i].Length + 1;
        }

        return (text, null);
    }
}

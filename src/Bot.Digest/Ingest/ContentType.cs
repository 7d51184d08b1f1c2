namespace Bot.Digest.Ingest;

/// <summary>The formats the reader understands.</summary>
internal enum InputFormat
{
    PlainText,
    Markdown,
    Html,
}

/// <summary>Reads a Content-Type value ("text/html; charset=iso-8859-1") and sniffs the format when it is absent.</summary>
internal static class ContentType
{
    public static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';');
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    public static string? Charset(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq > 0 && part[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = part[(eq + 1)..].Trim().Trim('"', '\'');
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    /// <summary>The declared media type wins; otherwise the first bytes decide, then the file extension.</summary>
    public static InputFormat Detect(string? contentType, ReadOnlySpan<char> start, string source)
    {
        switch (MediaType(contentType))
        {
            case "text/html" or "application/xhtml+xml":
                return InputFormat.Html;
            case "text/markdown" or "text/x-markdown":
                return InputFormat.Markdown;
            case "text/plain":
                return InputFormat.PlainText;
        }

        if (LooksLikeHtml(start))
        {
            return InputFormat.Html;
        }

        var path = source.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? InputFormat.Markdown : InputFormat.PlainText;
    }

    /// <summary>&lt;!doctype html&gt; or &lt;html after optional whitespace, a BOM or comments.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        var text = start.TrimStart().TrimStart('\uFEFF').TrimStart();
        while (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = text.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            text = text[(end + 3)..].TrimStart();
        }

        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }
}

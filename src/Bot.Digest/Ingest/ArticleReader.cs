using System.Text;

namespace Bot.Digest.Ingest;

/// <summary>
/// The ingestion front door: bytes (a file, a fetched page, pasted text) → <see cref="Article"/>.
/// Fetching is the host's job; this only parses. Bad input is an <see cref="Outcome{T}"/> failure with a one-line
/// message naming the input, never an exception.
/// STUB (foundation): plain text only; the ingestion work replaces it.
/// </summary>
public static class ArticleReader
{
    /// <param name="content">The raw bytes.</param>
    /// <param name="contentType">A MIME type ("text/html", "text/plain", "text/markdown") or null to sniff.</param>
    /// <param name="source">File path, URL or "pasted text": used in the result and in error messages.</param>
    public static Outcome<Article> Read(ReadOnlySpan<byte> content, string? contentType, string source)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Outcome<Article>.Failure($"{source}: not UTF-8 text");
        }

        return ReadText(text, source);
    }

    /// <summary>Plain text or Markdown already decoded (pasted text).</summary>
    public static Outcome<Article> ReadText(string text, string source)
    {
        var paragraphs = text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0)
        {
            return Outcome<Article>.Failure($"{source}: empty");
        }

        return Outcome<Article>.Success(new Article(source, paragraphs[0], [new ArticleSection(0, null, paragraphs[1..])]));
    }
}

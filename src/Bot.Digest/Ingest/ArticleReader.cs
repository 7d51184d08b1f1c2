using System.Text;

namespace Bot.Digest.Ingest;

/// <summary>
/// The ingestion front door: bytes (a file, a fetched page, pasted text) → <see cref="Article"/>.
/// Fetching is the host's job; this only parses. Bad input (too large, empty, binary, not valid in its charset,
/// HTML with no article) is an <see cref="Outcome{T}"/> failure with a one-line message that starts with the
/// input's name, never an exception.
/// </summary>
public static class ArticleReader
{
    /// <summary>5 MiB: the default size limit of <see cref="Read"/>, the same as the host's fetch cap.</summary>
    public const int DefaultMaxBytes = 5 * 1024 * 1024;

    /// <param name="content">The raw bytes.</param>
    /// <param name="contentType">
    /// A Content-Type ("text/html; charset=iso-8859-1", "text/plain", "text/markdown") or null to sniff
    /// (&lt;!doctype html / &lt;html, then the extension of <paramref name="source"/>).
    /// </param>
    /// <param name="source">File path, URL or "pasted text": used in the result and in error messages.</param>
    /// <param name="maxBytes">Inputs longer than this are refused before anything is decoded.</param>
    public static Outcome<Article> Read(ReadOnlySpan<byte> content, string? contentType, string source, long maxBytes = DefaultMaxBytes)
    {
        if (InputGuard.CheckSize(content.Length, maxBytes, source) is { } tooLarge)
        {
            return Outcome<Article>.Failure(tooLarge);
        }

        if (content.IsEmpty)
        {
            return Outcome<Article>.Failure(InputGuard.Empty(source));
        }

        var mediaType = ContentType.MediaType(contentType);
        var maybeHtml = mediaType is "text/html" or "application/xhtml+xml"
            || (mediaType is null && ContentType.LooksLikeHtml(TextDecoder.Head(content)));
        var encoding = TextDecoder.Resolve(content, ContentType.Charset(contentType), maybeHtml, out var bomLength);
        var body = content[bomLength..];
        if (!TextDecoder.IsWide(encoding) && InputGuard.IsBinary(body))
        {
            return Outcome<Article>.Failure(InputGuard.Binary(source));
        }

        var text = TextDecoder.Decode(body, encoding, source);
        return text.IsSuccess ? ReadDecoded(text.Value!, contentType, source) : Outcome<Article>.Failure(text.Error!);
    }

    /// <summary>Text already decoded (pasted text): plain text or Markdown, or HTML when it starts like a page.</summary>
    public static Outcome<Article> ReadText(string text, string source) => ReadText(text, null, source);

    /// <summary>Text already decoded, with a Content-Type (or null to sniff) as for <see cref="Read"/>.</summary>
    public static Outcome<Article> ReadText(string text, string? contentType, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A UTF-8 byte count is at least the char count, so only a string near the limit needs counting.
        var bytes = text.Length > DefaultMaxBytes / 3 ? Encoding.UTF8.GetByteCount(text) : text.Length;
        if (InputGuard.CheckSize(bytes, DefaultMaxBytes, source) is { } tooLarge)
        {
            return Outcome<Article>.Failure(tooLarge);
        }

        return ReadDecoded(text, contentType, source);
    }

    private static Outcome<Article> ReadDecoded(string text, string? contentType, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<Article>.Failure(InputGuard.Empty(source));
        }

        if (InputGuard.IsBinary(text.AsSpan()))
        {
            return Outcome<Article>.Failure(InputGuard.Binary(source));
        }

        text = ControlCharacters.Strip(text);
        var format = ContentType.Detect(contentType, text.AsSpan(0, Math.Min(text.Length, 1024)), source);
        return format == InputFormat.Html ? HtmlArticleReader.Read(text, source) : PlainTextReader.Read(text, source);
    }
}

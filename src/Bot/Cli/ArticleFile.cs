using System.Globalization;
using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Ingestion;

namespace Bot.Cli;

/// <summary>
/// Reads an article file with the same byte cap as fetched pages (Ingestion:MaxBytes): the length is checked before a
/// byte is read, and the read itself stops at the cap should the file grow meanwhile. Empty, binary and UTF-16 files
/// are refused here with a plain reason; everything else is the parser's call (<see cref="ArticleReader"/>).
/// </summary>
internal static class ArticleFile
{
    private const int SniffBytes = 8000;

    public static async Task<Outcome<Article>> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        byte[]? bytes;
        long length;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail($"{path}: no such file");
            }

            length = info.Length;
            if (length > maxBytes)
            {
                return Fail(Invariant($"{path}: too large ({length:N0} bytes; the limit is {maxBytes:N0})"));
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                bytes = await CappedBody.ReadAsync(stream, maxBytes, length, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (UnauthorizedAccessException)
        {
            return Fail($"{path}: cannot read the file (permission denied)");
        }
        catch (IOException ex)
        {
            return Fail($"{path}: cannot read the file ({ex.GetType().Name})");
        }

        if (bytes is null)
        {
            return Fail(Invariant($"{path}: too large (more than {maxBytes:N0} bytes)"));
        }

        if (bytes.Length == 0)
        {
            return Fail($"{path}: empty file");
        }

        if (Refusal(bytes) is { } reason)
        {
            return Fail($"{path}: {reason}");
        }

        return ArticleReader.Read(bytes, MediaType(path), path);
    }

    /// <summary>Media type from the extension; null lets the reader sniff.</summary>
    public static string? MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".xhtml" => "application/xhtml+xml",
        ".md" or ".markdown" => "text/markdown",
        ".txt" => "text/plain",
        _ => null,
    };

    private static string? Refusal(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 text; save it as UTF-8";
        }

        // Text never holds a NUL byte; the same test git uses to call a file binary.
        return bytes[..Math.Min(bytes.Length, SniffBytes)].Contains((byte)0) ? "binary file, not text" : null;
    }

    private static Outcome<Article> Fail(string message) => Outcome<Article>.Failure(message);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

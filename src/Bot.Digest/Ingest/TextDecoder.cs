using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Bot.Digest.Ingest;

/// <summary>
/// Bytes → text. A byte-order mark wins, then the charset of the Content-Type, then (HTML) a &lt;meta charset&gt; in
/// the first 1,024 bytes; otherwise the bytes must be valid UTF-8. Decoding is strict: an invalid byte is a failure
/// naming its offset, never a silent U+FFFD. Labels "iso-8859-1"/"latin1"/"us-ascii" mean windows-1252, as in
/// every browser (the WHATWG Encoding standard).
/// </summary>
internal static partial class TextDecoder
{
    private const int MetaSniffBytes = 1024;

    /// <summary>The encoding the bytes declare, or null for UTF-8; <paramref name="bomLength"/> bytes to skip.</summary>
    public static Encoding? Resolve(ReadOnlySpan<byte> bytes, string? declaredCharset, bool maybeHtml, out int bomLength)
    {
        var bom = FromBom(bytes, out bomLength);
        if (bom is not null)
        {
            return bom is UTF8Encoding ? null : bom;
        }

        var label = declaredCharset ?? (maybeHtml ? SniffMetaCharset(bytes) : null);
        return label is null ? null : FromLabel(label);
    }

    /// <summary>UTF-16/32 text is full of NUL bytes, so the byte-level binary check does not apply to it.</summary>
    public static bool IsWide(Encoding? encoding) => encoding is UnicodeEncoding or UTF32Encoding;

    public static Outcome<string> Decode(ReadOnlySpan<byte> bytes, Encoding? encoding, string source)
    {
        if (encoding is null)
        {
            if (!Utf8.IsValid(bytes))
            {
                var offset = InvalidUtf8Offset(bytes);
                return Outcome<string>.Failure(string.Create(CultureInfo.InvariantCulture,
                    $"{source}: not valid UTF-8 text (byte 0x{bytes[offset]:X2} at offset {offset:N0}); declare its charset or convert it to UTF-8"));
            }

            return Outcome<string>.Success(Encoding.UTF8.GetString(bytes));
        }

        try
        {
            return Outcome<string>.Success(encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return Outcome<string>.Failure($"{source}: not valid {encoding.WebName} text");
        }
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding?)Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, true), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false, true), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2),
            _ => (null, 0),
        };
        return encoding;
    }

    private static Encoding? FromLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant() switch
        {
            "utf8" or "utf-8" or "unicode-1-1-utf-8" => null,
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" => "windows-1252",
            var other => other,
        };
        if (name is null)
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            // Not built in: the legacy code pages (windows-1252, iso-8859-2, koi8-r…) come from the provider, asked
            // directly so that nothing is registered process-wide. Unknown labels fall back to UTF-8.
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback);
        }
    }

    /// <summary>The first 1,024 bytes as Latin-1: enough to sniff markup and a meta charset in any ASCII-compatible encoding.</summary>
    public static string Head(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaSniffBytes)]);

    private static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var match = MetaCharset().Match(Head(bytes));
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    [GeneratedRegex("""<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}

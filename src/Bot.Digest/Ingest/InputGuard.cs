using System.Globalization;

namespace Bot.Digest.Ingest;

/// <summary>
/// The cheap checks that run before any parsing: size (before decoding, so a 50 MB upload is refused in
/// microseconds), emptiness, and binary content (a known file signature, a NUL byte, or more than 2% control
/// characters in the first 64 KiB; ESC does not count, since ANSI-coloured text is text, and
/// <see cref="ControlCharacters"/> removes its sequences). Each failure is one line that names the input.
/// </summary>
internal static class InputGuard
{
    private const int SampleLength = 64 * 1024;
    private const double MaxControlShare = 0.02;

    private static readonly byte[][] Signatures =
    [
        "%PDF-"u8.ToArray(), [0x50, 0x4B, 0x03, 0x04], [0x89, 0x50, 0x4E, 0x47], "GIF87a"u8.ToArray(), "GIF89a"u8.ToArray(),
        [0xFF, 0xD8, 0xFF], [0x1F, 0x8B], "Rar!"u8.ToArray(), [0x37, 0x7A, 0xBC, 0xAF], [0x7F, 0x45, 0x4C, 0x46],
        [0xD0, 0xCF, 0x11, 0xE0], "OggS"u8.ToArray(), "ID3"u8.ToArray(), "wOFF"u8.ToArray(), "wOF2"u8.ToArray(),
    ];

    public static string? CheckSize(long length, long maxBytes, string source) =>
        length > maxBytes
            ? string.Create(CultureInfo.InvariantCulture, $"{source}: {length:N0} bytes is over the {maxBytes:N0}-byte limit")
            : null;

    public static string Empty(string source) => $"{source}: empty, no text to read";

    public static string Binary(string source) => $"{source}: binary content, not an article";

    public static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in Signatures)
        {
            if (bytes.StartsWith(signature))
            {
                return true;
            }
        }

        if (bytes.Contains((byte)0))
        {
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls > sample.Length * MaxControlShare;
    }

    /// <summary>The same test on decoded text (UTF-16/32 input, pasted text).</summary>
    public static bool IsBinary(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return true;
        }

        var sample = text[..Math.Min(text.Length, SampleLength)];
        var controls = 0;
        foreach (var c in sample)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\u001B'))
            {
                controls++;
            }
        }

        return controls > sample.Length * MaxControlShare;
    }
}

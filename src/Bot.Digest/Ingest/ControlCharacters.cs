using System.Buffers;
using System.Text;

namespace Bot.Digest.Ingest;

/// <summary>
/// Removes terminal escape sequences (CSI <c>ESC [ … final</c>, its one-character form U+009B, OSC
/// <c>ESC ] … BEL</c> or <c>ESC \</c>, and two-character <c>ESC x</c>) and every other C0/C1 control character except
/// tab, line feed, carriage return and form feed. Text copied from a terminal or a hostile file then reads clean,
/// and no escape sequence reaches a digest.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015"
        + "\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086"
        + "\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098"
        + "\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    public static string Strip(string text)
    {
        var first = text.AsSpan().IndexOfAny(Controls);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        var i = first;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\u001B' && i + 1 < text.Length)
            {
                i = SkipEscape(text, i + 1);
            }
            else if (c == '\u009B')
            {
                i = SkipCsi(text, i + 1);
            }
            else
            {
                if (!Controls.Contains(c))
                {
                    sb.Append(c);
                }

                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary><paramref name="i"/> is just after ESC.</summary>
    private static int SkipEscape(string text, int i) => text[i] switch
    {
        '[' => SkipCsi(text, i + 1),
        ']' or 'P' or '_' or '^' => SkipString(text, i + 1),
        _ => i + 1,
    };

    /// <summary>Parameters and intermediates (0x20–0x3F) up to a final byte (0x40–0x7E).</summary>
    private static int SkipCsi(string text, int i)
    {
        while (i < text.Length && text[i] is >= '\u0020' and <= '\u003F')
        {
            i++;
        }

        return i < text.Length && text[i] is >= '\u0040' and <= '\u007E' ? i + 1 : i;
    }

    /// <summary>An OSC/DCS string runs to BEL or ESC \ (or the end of the line, if unterminated).</summary>
    private static int SkipString(string text, int i)
    {
        while (i < text.Length && text[i] is not ('\u0007' or '\n'))
        {
            if (text[i] == '\u001B' && i + 1 < text.Length && text[i + 1] == '\\')
            {
                return i + 2;
            }

            i++;
        }

        return i < text.Length && text[i] == '\u0007' ? i + 1 : i;
    }
}

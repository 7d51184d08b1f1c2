using System.Text;

namespace Bot.Chat.Messages.Markup;

/// <summary>
/// The first step of every renderer: untrusted text loses what could act on a terminal or hide what it says.
/// ANSI/VT escape sequences (CSI, OSC, single-character escapes, their 8-bit C1 forms) are removed whole; other C0 and
/// C1 control characters and DEL are dropped (a tab becomes a space, CR LF and lone CR become LF); bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) are dropped; a lone surrogate becomes U+FFFD.
/// </summary>
public static class PlainText
{
    private const char Esc = '\u001b';

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Esc || c == '\u009b' || c == '\u009d' || c == '\u0090' || c == '\u009e' || c == '\u009f')
            {
                i = SkipEscape(text, i);
                continue;
            }

            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c == '\t')
            {
                sb.Append(' ');
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
                continue;
            }

            if (c != '\n' && IsDropped(c))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Clean, then fold every run of whitespace (newlines included) into one space: for titles and
    /// one-line labels.</summary>
    public static string OneLine(string? text)
    {
        var clean = Clean(text);
        var sb = new StringBuilder(clean.Length);
        var space = false;
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r' || c == '\t' || char.IsSurrogate(c) || (c != '\n' && IsDropped(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(char c) =>
        c < ' ' || (c >= '\u007f' && c <= '\u009f') || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Returns the index of the last character of the escape sequence starting at <paramref name="i"/>.</summary>
    private static int SkipEscape(string text, int i)
    {
        var c = text[i];
        char kind;
        if (c == Esc)
        {
            if (i + 1 >= text.Length)
            {
                return i;
            }

            kind = text[i + 1];
            i++;
        }
        else
        {
            kind = c == '\u009b' ? '[' : ']';
        }

        if (kind == '[')
        {
            // CSI: parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E).
            while (i + 1 < text.Length && text[i + 1] >= ' ' && text[i + 1] <= '?')
            {
                i++;
            }

            return i + 1 < text.Length && text[i + 1] >= '@' && text[i + 1] <= '~' ? i + 1 : i;
        }

        if (kind is ']' or 'P' or '^' or '_' or 'X')
        {
            // OSC/DCS/PM/APC: a string ended by BEL or ST (ESC \ or U+009C).
            for (var j = i + 1; j < text.Length; j++)
            {
                if (text[j] is '\u0007' or '\u009c')
                {
                    return j;
                }

                if (text[j] == Esc && j + 1 < text.Length && text[j + 1] == '\\')
                {
                    return j + 1;
                }
            }

            return text.Length - 1;
        }

        // A two-character escape (ESC c, ESC 7, ESC ( B ...): drop the next character too.
        return i;
    }
}

using System.Text;

namespace Bot.Digest.Ingest;

/// <summary>Whitespace and invisible-character clean-up shared by the readers.</summary>
internal static class TextCleaner
{
    /// <summary>
    /// Collapses every whitespace run (newlines, tabs, no-break spaces) to one space, drops zero-width characters
    /// and soft hyphens, and trims. Returns the input itself when it is already clean (the common case).
    /// </summary>
    public static string Collapse(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsClean(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c) || (char.IsWhiteSpace(c) && (c != ' ' || previousSpace)))
            {
                return false;
            }

            previousSpace = c == ' ';
        }

        return true;
    }
}

using System.Text;

namespace Bot.Chat.Messages.Markup;

/// <summary>
/// Lengths as platforms count them: Unicode code points ("📈" is one, not two UTF-16 units). Cuts never split a
/// surrogate pair.
/// </summary>
public static class CodePoints
{
    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>The UTF-16 index just after the first <paramref name="codePoints"/> code points (or the length).</summary>
    public static int IndexAfter(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < text.Length; n++)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        return i;
    }

    /// <summary>At most <paramref name="max"/> code points; a cut text ends with <paramref name="ellipsis"/>,
    /// preferably after a whole word.</summary>
    public static string Truncate(string text, int max, string ellipsis = "…")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (Count(text) <= max)
        {
            return text;
        }

        var room = Math.Max(0, max - Count(ellipsis));
        var cut = IndexAfter(text, room);
        var space = text.LastIndexOf(' ', Math.Max(0, cut - 1));
        if (space > cut * 3 / 4)
        {
            cut = space;
        }

        var result = new StringBuilder(text, 0, cut, cut + ellipsis.Length);
        while (result.Length > 0 && char.IsWhiteSpace(result[^1]))
        {
            result.Length--;
        }

        return Count(ellipsis) <= max ? result.Append(ellipsis).ToString() : result.ToString();
    }
}

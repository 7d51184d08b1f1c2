namespace Bot.Discord.Rendering;

/// <summary>Discord counts characters as Unicode code points ("📈" is 1, not 2 UTF-16 units), after trimming.</summary>
internal static class CodePoints
{
    public static int Count(string? text) => text is null ? 0 : Runes(text.AsSpan().Trim());

    public static int Runes(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>The longest prefix of <paramref name="text"/> of at most <paramref name="max"/> code points,
    /// cut on a rune boundary.</summary>
    public static string Prefix(string text, int max)
    {
        var count = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count == max)
            {
                return text[..index];
            }

            count++;
            index += rune.Utf16SequenceLength;
        }

        return text;
    }

    /// <summary>Cuts to <paramref name="max"/> code points, ending with "…" when anything was dropped, and never
    /// leaving a dangling escape backslash.</summary>
    public static string Truncate(string text, int max)
    {
        if (Count(text) <= max)
        {
            return text.Trim();
        }

        var cut = Prefix(text.Trim(), max - 1);
        var backslashes = cut.Length - cut.TrimEnd('\\').Length;
        if (backslashes % 2 == 1)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }
}

using SharedCodePoints = Bot.Chat.Messages.Markup.CodePoints;

namespace Bot.Discord.Rendering;

/// <summary>Discord's way of counting: code points (see <see cref="SharedCodePoints"/>) after trimming, and cuts
/// that never leave a dangling escape backslash.</summary>
internal static class CodePoints
{
    public static int Count(string? text) => text is null ? 0 : SharedCodePoints.Count(text.Trim());

    /// <summary>The longest prefix of <paramref name="text"/> of at most <paramref name="max"/> code points,
    /// cut on a rune boundary.</summary>
    public static string Prefix(string text, int max) => text[..SharedCodePoints.IndexAfter(text, max)];

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

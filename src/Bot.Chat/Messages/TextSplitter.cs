using Bot.Chat.Messages.Markup;

namespace Bot.Chat.Messages;

/// <summary>Cuts a text into pieces of at most N code points: at a line break if one is in the last half of the
/// piece, else after a sentence end, else at a space, else (one unbroken word) at a code-point boundary.</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxCodePoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCodePoints, 1);
        var parts = new List<string>();
        var rest = text;
        while (CodePoints.Count(rest) > maxCodePoints)
        {
            var limit = CodePoints.IndexAfter(rest, maxCodePoints);
            var cut = BestCut(rest, limit);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
            {
                parts.Add(piece);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int BestCut(string text, int limit)
    {
        var half = limit / 2;
        var newline = text.LastIndexOf('\n', limit - 1);
        if (newline >= half)
        {
            return newline + 1;
        }

        for (var i = limit - 1; i >= half; i--)
        {
            if (text[i] == ' ' && i > 0 && text[i - 1] is '.' or '!' or '?' or ';' or ':')
            {
                return i + 1;
            }
        }

        var space = text.LastIndexOf(' ', limit - 1);
        if (space > 0)
        {
            return space + 1;
        }

        return limit;
    }
}

namespace Bot.Digest.Ingest;

/// <summary>
/// What a standalone line looks like: a title, a heading, or prose. A heading or title is short, starts with a
/// capital (or digit), and does not end like a sentence or a clause: no final full stop (an initialism such as
/// "U.S." is fine), comma, semicolon, colon or ellipsis. A question mark or exclamation mark is allowed
/// ("Competitive disruption or hype?").
/// </summary>
internal static class LineShape
{
    public const int MaxTitleWords = 25;
    public const int MaxHeadingWords = 16;

    public static bool IsTitleLike(string text) => IsShortLabel(text, MaxTitleWords, 200);

    public static bool IsHeadingLike(string text) => IsShortLabel(text, MaxHeadingWords, 120);

    /// <summary>Reads as running text: ends like a sentence and has a few words, or is simply long.</summary>
    public static bool IsProse(string text)
    {
        var words = WordCounter.Count(text);
        return words > MaxTitleWords || (words >= 6 && EndsLikeSentence(text));
    }

    public static bool EndsLikeSentence(string text)
    {
        var end = TrimClosers(text);
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…';
    }

    private static bool IsShortLabel(string text, int maxWords, int maxLength)
    {
        if (text.Length > maxLength || WordCounter.Count(text) > maxWords || !StartsWithCapital(text))
        {
            return false;
        }

        var end = TrimClosers(text);
        if (end.IsEmpty || end[^1] is ',' or ';' or ':' or '…' or '-' or '–' or '—')
        {
            return false;
        }

        return end[^1] != '.' || EndsWithInitialism(end);
    }

    private static bool StartsWithCapital(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return !char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… hits the U.S." ends with an initialism, not a full stop; "… in 2025..." is an ellipsis.</summary>
    private static bool EndsWithInitialism(ReadOnlySpan<char> text)
    {
        var lastSpace = text.LastIndexOf(' ');
        var word = text[(lastSpace + 1)..^1];
        return word.Length >= 2 && word.Contains('.') && !word.EndsWith('.') && !word.ContainsAnyExcept(CapitalsAndDots);
    }

    private static readonly System.Buffers.SearchValues<char> CapitalsAndDots =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    private static ReadOnlySpan<char> TrimClosers(string text) =>
        text.AsSpan().TrimEnd().TrimEnd("\"'”’)]»*_");
}

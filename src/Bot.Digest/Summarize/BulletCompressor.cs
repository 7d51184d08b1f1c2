using System.Text.RegularExpressions;

namespace Bot.Digest.Summarize;

/// <summary>
/// Turns an article sentence into a bullet by DELETION ONLY (Jing &amp; McKeown's "reduction"; research notes B.10):
/// always drop a leading connective, "(pictured)"-style furniture, a weekday ("on Friday") and a trailing neutral
/// attribution (", analysts said.") when the claim is a plain fact; when the bullet is still over the word cap, drop
/// detachable parts one at a time — parentheticals, dash asides, a fronted phrase, non-restrictive relative clauses,
/// a trailing participle or concessive clause — until it fits. Nothing inside quotation marks and nothing that holds a
/// digit is ever removed, so every number, name and quote survives verbatim; nothing is truncated mid-claim.
/// </summary>
internal static partial class BulletCompressor
{
    private const int MinRemainingWords = 6;

    public static string Compress(string sentence, int maxWords)
    {
        var text = sentence.Trim();
        text = StripConnectives(text);
        text = DropFurniture(text);
        text = DropTrailingAttribution(text);
        if (Detachables.CountWords(text) > maxWords)
        {
            text = Detachables.Trim(text, maxWords, MinRemainingWords);
        }

        return Tidy(text);
    }

    internal static string StripConnectives(string text)
    {
        for (var round = 0; round < 2; round++)
        {
            var n = Connectives.LeadingLength(text);
            if (n == 0 || Detachables.CountWords(text.AsSpan(n)) < MinRemainingWords)
            {
                break;
            }

            text = Capitalize(text[n..]);
        }

        return text;
    }

    internal static string DropFurniture(string text)
    {
        var cleaned = text.Contains('(') || text.Contains("Scroll", StringComparison.Ordinal) ? Furniture().Replace(text, string.Empty) : text;
        if (cleaned.Contains("day", StringComparison.Ordinal))
        {
            cleaned = Weekday().Replace(cleaned, m => Quotes.Inside(cleaned, m.Index) ? m.Value : string.Empty);
        }

        return Detachables.CountWords(cleaned) >= MinRemainingWords ? cleaned : text;
    }

    /// <summary>
    /// ", analysts said." / ", according to the BBC." go when the claim before them is a plain statement of fact: no
    /// quotation (direct speech needs its speaker), no first person, no hedge or forecast (those are the source's view).
    /// </summary>
    internal static string DropTrailingAttribution(string text)
    {
        if (!MayEndWithAttribution(text))
        {
            return text;
        }

        var m = TrailingAttribution().Match(text);
        if (!m.Success)
        {
            return text;
        }

        var claim = text[..m.Index];
        if (Quotes.HasAny(claim) || Opinion().IsMatch(claim) || Detachables.CountWords(claim) < MinRemainingWords)
        {
            return text;
        }

        return claim + m.Groups["end"].Value;
    }

    /// <summary>Cheap pre-check so the regex runs only on sentences that could end with an attribution.</summary>
    private static bool MayEndWithAttribution(string text)
    {
        var comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            return false;
        }

        var tail = text.AsSpan(comma);
        foreach (var verb in AttributionWords)
        {
            if (tail.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AttributionWords = ["said", "says", "added", "reported", "confirmed", "announced", "according to"];

    internal static string Capitalize(string text)
    {
        if (text.Length == 0 || !char.IsLower(text[0]))
        {
            return text;
        }

        // Only a plain lower-case word: "iPhone" or "eBay" keep their spelling.
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            if (char.IsUpper(text[end]))
            {
                return text;
            }

            end++;
        }

        return string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
    }

    internal static string Tidy(string text)
    {
        var t = text.Trim();
        if (t.Contains("  ", StringComparison.Ordinal))
        {
            t = Spaces().Replace(t, " ");
        }

        if (t.Contains(" ,", StringComparison.Ordinal) || t.Contains(" .", StringComparison.Ordinal) ||
            t.Contains(" ;", StringComparison.Ordinal) || t.Contains(" :", StringComparison.Ordinal))
        {
            t = SpaceBeforePunctuation().Replace(t, "$1");
        }

        t = t.Replace(",.", ".", StringComparison.Ordinal).Replace(";.", ".", StringComparison.Ordinal);
        return Capitalize(t);
    }

    [GeneratedRegex(@"\s*\((?:pictured|file photo|file picture|left|right|centre|center|above|below|inset)\)|\s*Scroll down for video\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@" on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[\s,.;:!?])", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    // ", <who> said." | ", said <who>." | ", according to <who>." — the source part has no digit, comma or quote.
    [GeneratedRegex(
        @",\s+(?:according to [^,;""“”‘\d]{2,60}?|(?:[^,;""“”‘\d]{2,60}?\s)?(?:said|says|added|reported|confirmed|announced)(?: in a statement| on \w+day| yesterday| today)?|(?:said|says|added)\s[^,;""“”‘\d]{2,60}?)(?<end>[.!])$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(
        @"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|may|might|could|would|should|will|can|believe[sd]?|think[s]?|expect[s]?|expected|hope[sd]?|fear[s]?|feared|alleged(?:ly)?|claim(?:s|ed)?|likely|possibl[ey]|probably|perhaps|plan[s]?|planned|want[s]?|wanted|must|predict(?:s|ed)?|warn(?:s|ed)?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Opinion();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,.;:])")]
    private static partial Regex SpaceBeforePunctuation();
}

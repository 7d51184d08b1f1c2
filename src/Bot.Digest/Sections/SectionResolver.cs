using System.Globalization;
using Bot.Digest.Ingest;

namespace Bot.Digest.Sections;

/// <summary>
/// Resolves what a user typed to one section: its number ("2", "#2", "section 2"), its name (case, quotes and
/// punctuation ignored), a word of it ("distilled"), the start of a word ("distil"), or a close misspelling
/// ("distiled", "competitve"); see <see cref="FuzzyMatcher"/> for the scoring. Sections are numbered 1..n (the lead
/// is not a section). An ambiguous or unknown query is never a guess: the caller shows the list instead.
/// </summary>
public static class SectionResolver
{
    /// <summary>Autocomplete platforms show at most 25 choices (Discord's limit).</summary>
    public const int DefaultRankLimit = 25;

    private static readonly string[] NumberPrefixes = ["section", "sec", "part", "no.", "no", "#", "§"];

    /// <summary>The headed sections of an article (1..n) as the resolver sees them.</summary>
    public static IReadOnlyList<SectionRef> SectionsOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.HeadedSections.Select(s => new SectionRef(s.Index, s.Heading ?? string.Empty)).ToList();
    }

    public static SectionMatch Resolve(IReadOnlyList<SectionRef> sections, string query)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var q = (query ?? string.Empty).Trim();
        if (q.Length == 0)
        {
            return SectionMatch.Unknown(q);
        }

        if (TryNumber(q, out var number))
        {
            var byNumber = sections.FirstOrDefault(s => s.Index == number);
            if (byNumber is not null)
            {
                return SectionMatch.Found(byNumber);
            }
        }

        var match = FuzzyMatcher.Resolve(sections, s => s.Title, q);
        return match.Kind switch
        {
            FuzzyMatchKind.Found => SectionMatch.Found(match.Candidates[0]),
            FuzzyMatchKind.Ambiguous => SectionMatch.Ambiguous(q, match.Candidates),
            _ => SectionMatch.Unknown(q),
        };
    }

    /// <summary>
    /// Sections ordered best-first for what has been typed so far (autocomplete): a number typed so far first
    /// ("1" → 1, 10, 11…), then name matches by score; nothing typed → all sections in order. At most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<SectionRef> Rank(IReadOnlyList<SectionRef> sections, string typed, int max = DefaultRankLimit)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var t = (typed ?? string.Empty).Trim();
        var byName = FuzzyMatcher.Rank(sections, s => s.Title, t, max);
        if (t.Length == 0 || !TryNumber(t, out var number))
        {
            return byName;
        }

        var digits = number.ToString(CultureInfo.InvariantCulture);
        var byNumber = sections.Where(s => s.Index.ToString(CultureInfo.InvariantCulture).StartsWith(digits, StringComparison.Ordinal));
        return byNumber.Concat(byName).Distinct().Take(max).ToList();
    }

    private static bool TryNumber(string query, out int number)
    {
        var text = query.AsSpan().Trim();
        foreach (var prefix in NumberPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (text.Length == prefix.Length || !char.IsLetter(text[prefix.Length])))
            {
                text = text[prefix.Length..].Trim();
                break;
            }
        }

        return int.TryParse(text.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}

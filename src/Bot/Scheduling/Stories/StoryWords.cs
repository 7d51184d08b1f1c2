using System.Globalization;
using System.Text;
using Bot.Digest.Ingest;

namespace Bot.Scheduling.Stories;

/// <summary>
/// The words two reports of one story share: title plus the lead paragraph (with the next one when the lead is under
/// <see cref="MinLeadWords"/> words; <see cref="LeadWords"/> words at most),
/// lower-cased, accents removed, split at non-letters and at letter/digit changes ("€480m" → 480), stop words and
/// one-letter tokens dropped, a plural "s" removed. Compared as sets (<see cref="StoryClusterer"/>).
/// </summary>
public static class StoryWords
{
    public const int LeadWords = 60;

    /// <summary>A first paragraph shorter than this is topped up with the second.</summary>
    public const int MinLeadWords = 15;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
        "has", "have", "his", "how", "its", "may", "new", "now", "who", "did", "get", "him", "let", "say", "she", "too",
        "use", "that", "with", "this", "from", "they", "will", "would", "there", "their", "what", "about", "which",
        "when", "were", "been", "than", "then", "them", "into", "more", "some", "such", "also", "over", "after", "said",
        "says", "year", "years", "on", "in", "of", "to", "a", "an", "at", "by", "is", "it", "as", "be", "or", "we", "he",
        "if", "so", "up", "no", "do", "its", "i", "per", "via", "while", "could", "should", "being", "just", "most",
    };

    public static IReadOnlySet<string> Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var paragraphs = article.Sections.SelectMany(s => s.Paragraphs).ToList();
        var text = new StringBuilder(article.Title ?? string.Empty);
        var words = 0;
        foreach (var paragraph in paragraphs.Take(2))
        {
            // The lead paragraph; the next one too when the first is only a line (a byline, a dateline).
            if (words >= MinLeadWords)
            {
                break;
            }

            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(LeadWords - words))
            {
                text.Append(' ').Append(word);
                words++;
            }
        }

        return Of(text.ToString());
    }

    public static IReadOnlySet<string> Of(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var token = new StringBuilder();
        var previous = UnicodeCategory.SpaceSeparator;
        foreach (var c in Fold(text ?? string.Empty))
        {
            var letter = char.IsLetter(c);
            var digit = char.IsDigit(c);
            if (!letter && !digit || token.Length > 0 && (letter && previous == UnicodeCategory.DecimalDigitNumber || digit && previous != UnicodeCategory.DecimalDigitNumber))
            {
                Add(set, token);
            }

            if (letter || digit)
            {
                token.Append(c);
                previous = digit ? UnicodeCategory.DecimalDigitNumber : UnicodeCategory.LowercaseLetter;
            }
        }

        Add(set, token);
        return set;
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static void Add(HashSet<string> set, StringBuilder token)
    {
        if (token.Length == 0)
        {
            return;
        }

        var word = token.ToString();
        token.Clear();
        if (word.Length > 4 && word[^1] == 's' && word[^2] != 's' && !char.IsDigit(word[0]))
        {
            word = word[..^1];
        }

        if (word.Length > 1 && !StopWords.Contains(word))
        {
            set.Add(word);
        }
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Bot.Digest.Sections;

/// <summary>
/// Turns a name or a query into comparable words: lower case, accents folded ("é" → "e"), apostrophes dropped
/// ("DeepSeek’s" → "deepseeks"), curly and straight quotes and all other punctuation treated as spaces.
/// </summary>
public static class NameWords
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "an", "the", "of", "or", "but", "on", "in", "at", "to", "for", "and", "by", "with", "from", "as", "is", "are",
        "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "not", "no", "nor", "so", "than",
        "then", "into", "onto", "over", "up", "out", "off", "about", "if", "do", "does", "did", "has", "have", "had",
        "will", "would", "can", "could", "should", "may", "might", "we", "you", "he", "she", "they", "i", "my", "our",
        "your", "their", "his", "her", "what", "how", "why", "who", "which", "when", "where",
    ]);

    /// <summary>"A model built on ‘distilled’ foundations?" → "a model built on distilled foundations".</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', Split(text));
    }

    /// <summary>The normalized words, stop words included, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’' or 'ʼ' or '‘') || word.Length == 0)
            {
                Flush(words, word);
            }
        }

        Flush(words, word);
        return words;
    }

    /// <summary>The words that carry meaning: <see cref="Split"/> without stop words ("the", "of", "but"…).</summary>
    public static IReadOnlyList<string> ContentWords(string text) => Split(text).Where(w => !IsStopWord(w)).ToList();

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    private static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
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

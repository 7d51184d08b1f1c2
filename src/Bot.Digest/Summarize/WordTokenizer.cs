namespace Bot.Digest.Summarize;

/// <summary>
/// Splits text into lower-case word tokens for ranking: letters and digits; "294,000" and "1.13bn" stay one token;
/// a possessive "'s" is dropped ("DeepSeek’s" → "deepseek"); other apostrophes are skipped ("don't" → "dont").
/// <see cref="Normalize"/>: content words lose a plural "s", "-ing", "-ed" so related forms meet. Culture-free:
/// invariant casing only.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Calls <paramref name="onWord"/> for each token: its lower-cased text and whether it holds a digit
    /// (<see cref="Normalize"/> turns it into the term the ranker counts).</summary>
    public static void Tokenize<TState>(ReadOnlySpan<char> text, ref TState state, WordHandler<TState> onWord)
    {
        Span<char> buffer = stackalloc char[48];
        var length = 0;
        var hasDigit = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (Classify(c, out var lower, out var digit))
            {
                if (length < buffer.Length)
                {
                    buffer[length++] = lower;
                }

                hasDigit |= digit;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (length > 0 && (c is ',' or '.') && hasDigit && char.IsDigit(next))
            {
                if (c == '.' && length < buffer.Length)
                {
                    buffer[length++] = '.';
                }

                continue;
            }

            if (length > 0 && c is '\'' or '\u2019')
            {
                var after = i + 2 < text.Length ? text[i + 2] : ' ';
                if ((next is 's' or 'S') && !char.IsLetterOrDigit(after))
                {
                    i++;
                    Emit(buffer[..length], hasDigit, ref state, onWord);
                    length = 0;
                    hasDigit = false;
                    continue;
                }

                if (char.IsLetter(next))
                {
                    continue;
                }
            }

            if (length > 0)
            {
                Emit(buffer[..length], hasDigit, ref state, onWord);
            }

            length = 0;
            hasDigit = false;
        }
    }

    /// <summary>Letter or digit? Lower-cased, and whether a digit. ASCII without table lookups; the rest invariant.</summary>
    private static bool Classify(char c, out char lower, out bool digit)
    {
        if (c < 128)
        {
            digit = (uint)(c - '0') <= 9;
            var folded = (char)(c | 0x20);
            lower = digit ? c : folded;
            return digit || (uint)(folded - 'a') <= 'z' - 'a';
        }

        digit = char.IsDigit(c);
        lower = char.ToLowerInvariant(c);
        return char.IsLetterOrDigit(c);
    }

    /// <summary>
    /// Just enough stemming for sentences to meet: plural "s", "-ing", "-ed" ("trains", "training", "trained" → "train").
    /// The stem only has to be the same for related forms, not a real word.
    /// </summary>
    internal static ReadOnlySpan<char> LightStem(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            word = word[..^1];
        }

        if (word.Length >= 7 && word.EndsWith("ing"))
        {
            return word[..^3];
        }

        return word.Length >= 6 && word.EndsWith("ed") && word[^3] != 'e' ? word[..^2] : word;
    }

    /// <summary>The term a raw token counts as: stop words as they are, other words lightly stemmed, numbers as they are.</summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, bool hasDigit, out bool isStop)
    {
        isStop = word.Length <= StopWords.LongestWord && StopWords.Contains(word);
        return isStop || hasDigit ? word : LightStem(word);
    }

    private static void Emit<TState>(ReadOnlySpan<char> word, bool hasDigit, ref TState state, WordHandler<TState> onWord) =>
        onWord(ref state, word, hasDigit);
}

internal delegate void WordHandler<TState>(ref TState state, ReadOnlySpan<char> word, bool hasDigit);

namespace Bot.Quality.Rouge;

/// <summary>
/// rouge-score's tokenizer: lower-case, every character outside [a-z0-9] becomes a separator, then tokens longer than
/// 3 characters are Porter-stemmed. "$1.13bn (£600m)" → ["1", "13bn", "600m"].
/// </summary>
public static class RougeTokenizer
{
    public static List<string> Tokenize(string text, bool stem = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var overflow = (System.Text.StringBuilder?)null;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (overflow is not null)
                {
                    overflow.Append(c);
                }
                else if (length < buffer.Length)
                {
                    buffer[length++] = c;
                }
                else
                {
                    overflow = new System.Text.StringBuilder().Append(buffer[..length]).Append(c);
                }

                continue;
            }

            Flush(tokens, buffer[..length], ref overflow, stem);
            length = 0;
        }

        Flush(tokens, buffer[..length], ref overflow, stem);
        return tokens;
    }

    private static void Flush(List<string> tokens, ReadOnlySpan<char> token, ref System.Text.StringBuilder? overflow, bool stem)
    {
        string? word = overflow?.ToString() ?? (token.Length > 0 ? token.ToString() : null);
        overflow = null;
        if (word is null)
        {
            return;
        }

        tokens.Add(stem && word.Length > 3 ? PorterStemmer.Stem(word) : word);
    }
}

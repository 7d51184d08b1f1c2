namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// A sentence prepared once for all readers: the original text, a lower-cased copy of the same length (matching is
/// case-insensitive except where case carries meaning: "M" million vs "m" metre, "MB" vs "mb") and its tokens.
/// </summary>
internal sealed class TextScan
{
    public TextScan(string text)
    {
        Text = text;
        Lower = LowerCase(text);
        Tokens = Tokenizer.Tokenize(text);
    }

    /// <summary>Invariant lower case with an ASCII fast path; one char in, one char out (offsets stay valid).</summary>
    private static string LowerCase(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
        }
    });

    public string Text { get; }

    public string Lower { get; }

    public List<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    /// <summary>Lower-cased text of token <paramref name="index"/> (empty when out of range).</summary>
    public ReadOnlySpan<char> L(int index) =>
        (uint)index < (uint)Tokens.Count ? Lower.AsSpan(Tokens[index].Start, Tokens[index].Length) : [];

    /// <summary>Original text of token <paramref name="index"/> (empty when out of range).</summary>
    public ReadOnlySpan<char> T(int index) =>
        (uint)index < (uint)Tokens.Count ? Text.AsSpan(Tokens[index].Start, Tokens[index].Length) : [];

    public bool Is(int index, string lower) => L(index).SequenceEqual(lower);

    public bool IsAny(int index, ReadOnlySpan<string> lowers)
    {
        var span = L(index);
        foreach (var s in lowers)
        {
            if (span.SequenceEqual(s))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPunct(int index, char c) =>
        (uint)index < (uint)Tokens.Count && Tokens[index].Kind == TokenKind.Punct && Text[Tokens[index].Start] == c;

    public bool IsKind(int index, TokenKind kind) => (uint)index < (uint)Tokens.Count && Tokens[index].Kind == kind;

    public bool IsWord(int index) => IsKind(index, TokenKind.Word);

    /// <summary>True when token <paramref name="index"/> exists and touches the token before it.</summary>
    public bool Attached(int index) => (uint)index < (uint)Tokens.Count && Tokens[index].Attached;

    /// <summary>True when token <paramref name="index"/> is past the end or is punctuation that ends a phrase.</summary>
    public bool IsBoundary(int index) =>
        index >= Tokens.Count || (Tokens[index].Kind == TokenKind.Punct && Text[Tokens[index].Start] is not ('$' or '£' or '€' or '¥' or '-' or '/'));

    /// <summary>True when the first letter of token <paramref name="index"/> is upper case.</summary>
    public bool IsCapitalised(int index) => (uint)index < (uint)Tokens.Count && char.IsUpper(Text[Tokens[index].Start]);

    public int Start(int index) => index < Tokens.Count ? Tokens[index].Start : Text.Length;

    public int End(int index) => index < Tokens.Count ? Tokens[index].End : Text.Length;
}

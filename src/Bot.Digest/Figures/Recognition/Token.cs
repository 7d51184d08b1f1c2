namespace Bot.Digest.Figures.Recognition;

internal enum TokenKind : byte
{
    /// <summary>A run of letters (with combining marks), e.g. "million", "km", "元".</summary>
    Word,

    /// <summary>A run of ASCII digits; separators and decimals are other tokens.</summary>
    Digits,

    /// <summary>Any other single character: "$", "%", ",", ".", "-", "½".</summary>
    Punct,
}

/// <summary>
/// One token of a sentence. <see cref="Attached"/> says no whitespace separates it from the previous token, which
/// is what tells "180ml" from "180 ml", "$294K" from "$294 K" and "H800" (a model name) from "800".
/// </summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool Attached)
{
    public int End => Start + Length;
}

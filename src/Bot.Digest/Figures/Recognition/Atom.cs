namespace Bot.Digest.Figures.Recognition;

internal enum AtomKind : byte
{
    Numeral,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Ordinal,
    Half,
    Quarter,
    Article,
    And,
    Hyphen,
    Point,
    Minus,
    Over,
    OutOf,
    In,
    Of,
}

/// <summary>
/// One piece of a number phrase: a numeral, a number word or a connector ("and", "point", "over"). Tokens
/// [First, End). For ordinals <see cref="Value"/> is the denominator ("fifths" → 5).
/// </summary>
internal readonly record struct Atom(AtomKind Kind, decimal Value, int First, int End, bool Plural = false, Numeral Numeral = default)
{
    public bool IsFractionWord => Kind is AtomKind.Ordinal or AtomKind.Half or AtomKind.Quarter;

    public bool IsNumber => Kind is AtomKind.Numeral or AtomKind.Unit or AtomKind.Teen or AtomKind.Tens or AtomKind.Hundred
        or AtomKind.Scale or AtomKind.Dozen or AtomKind.Ordinal or AtomKind.Half or AtomKind.Quarter;
}

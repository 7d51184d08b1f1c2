namespace Bot.Digest.Figures.Recognition;

[Flags]
internal enum QuantityFlags : byte
{
    None = 0,

    /// <summary>A unit named without a number ("the dollar", "in celsius"): Value is null, never a key figure.</summary>
    Bare = 1,

    /// <summary>The reading is a guess between two meanings ("11.9m" with no noun: metres or millions).</summary>
    Ambiguous = 2,

    /// <summary>An identifier rather than an amount ("5G").</summary>
    Identifier = 4,

    /// <summary>The number is spelled out in words only ("three", "a dozen").</summary>
    Spelled = 8,

    /// <summary>A range whose low end takes its unit from the high end ("5-10%", "eight to 10 feet").</summary>
    BorrowedUnit = 16,
}

/// <summary>
/// A quantity recognised in a text: character span [Start, End) without the qualifier, normalised value and unit.
/// Ranges carry <see cref="Upper"/> and both endpoint spans ([Start, LowEnd) and [HighStart, End)).
/// <see cref="TextStart"/> includes the qualifier ("well over") and a range's "between"/"from".
/// </summary>
internal sealed record Quantity(
    int Start,
    int End,
    decimal? Value,
    string Unit,
    FigureKind Kind,
    string? Subtype = null,
    decimal? Upper = null,
    int LowEnd = -1,
    int HighStart = -1,
    string? Qualifier = null,
    int TextStart = -1,
    string? NounPhrase = null,
    QuantityFlags Flags = QuantityFlags.None,
    int FirstToken = -1,
    int EndToken = -1,
    NumberFlags Number = NumberFlags.None)
{
    public bool Has(QuantityFlags flag) => (Flags & flag) != 0;

    public bool IsRange => Upper is not null;

    public int SpanStart => TextStart >= 0 ? TextStart : Start;
}

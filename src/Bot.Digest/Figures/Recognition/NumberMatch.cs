namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// A number found in text: tokens [First, End), its value, how it was written, and the multiplier that scaled it
/// (1e6 for "1.5 million" or "£600m" once a reader applies the "m"; 1 when none).
/// </summary>
internal readonly record struct NumberMatch(int First, int End, decimal Value, NumberFlags Flags, decimal Scale)
{
    public bool Has(NumberFlags flag) => (Flags & flag) != 0;

    public bool IsInteger => (Flags & (NumberFlags.Decimal | NumberFlags.Fraction | NumberFlags.Power)) == 0
        && decimal.Truncate(Value) == Value;

    /// <summary>A bare 4-digit integer that reads as a year ("2023", "in 1988").</summary>
    public bool IsYearLike => Flags == NumberFlags.Digits && End - First == 1 && Value is >= 1500 and <= 2100;
}

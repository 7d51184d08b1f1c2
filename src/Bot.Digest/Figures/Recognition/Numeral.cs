namespace Bot.Digest.Figures.Recognition;

[Flags]
internal enum NumberFlags : ushort
{
    None = 0,

    /// <summary>Spelled out, at least in part ("two hundred", "3 hundred and 21").</summary>
    Words = 1,

    /// <summary>Written with digits, at least in part.</summary>
    Digits = 2,

    /// <summary>Multiplied by a scale word or a news suffix ("1.5 million", "$294K", "1.2bn").</summary>
    Scaled = 4,

    Decimal = 8,
    Fraction = 16,

    /// <summary>Thousands grouping ("294,000", "1 234 567").</summary>
    Grouped = 32,

    Negative = 64,
    Power = 128,

    /// <summary>Digits glued to a preceding letter: "H800", "A100", "usd115". A model name unless a currency says so.</summary>
    AttachedLeft = 256,

    /// <summary>Followed directly by letters that are not a multiplier: "180ml", "29km", "1m".</summary>
    AttachedRight = 512,

    /// <summary>Starts with "a"/"an" ("a dozen", "a half").</summary>
    Article = 1024,

    /// <summary>Joined by a hyphen to a preceding word: "SCP-173", "GPT-4", "Covid-19". A name, not an amount.</summary>
    Hyphenated = 4096,

    /// <summary>Took a giga suffix ("10G"): meaningful in the number spec, an identifier ("5G") in news.</summary>
    Giga = 2048,
}

/// <summary>A number written with digits: token range [First, End) and its value.</summary>
internal readonly record struct Numeral(int First, int End, decimal Value, NumberFlags Flags, decimal Scale, bool IsOrdinal)
{
    public bool IsInteger => (Flags & (NumberFlags.Decimal | NumberFlags.Fraction | NumberFlags.Power)) == 0 && decimal.Truncate(Value) == Value;
}

namespace Bot.Digest;

/// <summary>Knobs of the extractive digest. Defaults are the tuned values (docs/quality.md).</summary>
public sealed record DigestOptions
{
    /// <summary>Bullets for the whole article (3–6 is the useful range).</summary>
    public int Bullets { get; init; } = 4;

    /// <summary>At most this many bullets per section (1–3).</summary>
    public int SectionBullets { get; init; } = 2;

    /// <summary>At most this many key figures on the digest.</summary>
    public int TopFigures { get; init; } = 5;
}

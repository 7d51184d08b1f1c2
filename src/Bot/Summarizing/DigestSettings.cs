using Bot.Digest;

namespace Bot.Summarizing;

/// <summary>
/// The "Digest" configuration section: how long a digest is. Bound and validated at start, then turned into the
/// engine's <see cref="DigestOptions"/> (which also carries internal tuning knobs that configuration never touches).
/// </summary>
public sealed class DigestSettings
{
    public const string Section = "Digest";

    private static readonly DigestOptions Defaults = new();

    /// <summary>Article bullets besides the TL;DR (the 3–6 is the useful range).</summary>
    public int Bullets { get; set; } = Defaults.Bullets;

    /// <summary>At most this many bullets per headed section.</summary>
    public int SectionBullets { get; set; } = Defaults.SectionBullets;

    /// <summary>Key figures shown on a digest.</summary>
    public int TopFigures { get; set; } = Defaults.TopFigures;

    public DigestOptions ToDigestOptions() => new() { Bullets = Bullets, SectionBullets = SectionBullets, TopFigures = TopFigures };
}

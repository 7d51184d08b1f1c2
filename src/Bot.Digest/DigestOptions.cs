using Bot.Digest.Summarize;

namespace Bot.Digest;

/// <summary>Knobs of the extractive digest. Defaults are the tuned values (docs/quality.md).</summary>
public sealed record DigestOptions
{
    /// <summary>Bullets for the whole article (3–6 is the useful range), besides the TL;DR.</summary>
    public int Bullets { get; init; } = 4;

    /// <summary>At most this many bullets per section (1–3).</summary>
    public int SectionBullets { get; init; } = 2;

    /// <summary>At most this many key figures on the digest.</summary>
    public int TopFigures { get; init; } = 5;

    /// <summary>
    /// When set, the article bullets stop once the TL;DR and bullets hold this many words (the quality harness asks
    /// every system for the same word budget). Null: <see cref="Bullets"/> alone decides.
    /// </summary>
    internal int? WordBudget { get; init; }

    /// <summary>Ranking weights; the harness varies them to tune. Defaults are the tuned values.</summary>
    internal SummaryWeights Weights { get; init; } = SummaryWeights.Default;
}

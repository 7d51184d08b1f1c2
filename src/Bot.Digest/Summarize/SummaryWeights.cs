namespace Bot.Digest.Summarize;

/// <summary>
/// The ranking knobs. Defaults: tuned with the quality harness on the tuning half of the BBC set (odd ids) under the
/// product's constraints, then checked on the held-out half and on the seed article (docs/quality.md has the numbers
/// and what the unconstrained optimum would be). Internal: the harness sets them through <see cref="DigestOptions"/>.
/// A knob at 0 is switched off by the tuning, not missing: the harness can turn it back on (--weights).
/// </summary>
internal sealed record SummaryWeights
{
    public static SummaryWeights Default { get; } = new();

    /// <summary>PacSum's β: edges weaker than min + β·(max − min) do not count. Tuned: 0 (every edge counts).</summary>
    public double EdgeThreshold { get; init; }

    /// <summary>Weight of similarity to EARLIER sentences (PacSum's λ1). Tuned: 1, the same as λ2, i.e. undirected.</summary>
    public double LambdaBefore { get; init; } = 1.0;

    /// <summary>Weight of similarity to LATER sentences (PacSum's λ2).</summary>
    public double LambdaAfter { get; init; } = 1.0;

    public double CentralityWeight { get; init; } = 2.0;

    /// <summary>
    /// Centrality as the mean edge weight to the other sentences (absolute) instead of min-max scaled to [0, 1]
    /// (relative: the best of a weakly connected text still scores 1).
    /// </summary>
    public bool CentralityMeanScaling { get; init; }

    public double PositionWeight { get; init; } = 0.25;

    /// <summary>The position prior is 1 / (1 + i / decay) for the i-th sentence (0-based) of the text ranked.</summary>
    public double PositionDecay { get; init; } = 20.0;

    /// <summary>
    /// The TL;DR is the best of the article's first this-many sentences (0 = of all). 1: the opening sentence, as news
    /// is written (inverted pyramid), unless it fails the bullet rules. Costs 1.0 point on the BBC objective against 0
    /// (docs/quality.md) and keeps a weakly connected article's lead from losing to its most "central" filler.
    /// </summary>
    public int TldrWindow { get; init; } = 1;

    /// <summary>Bonus for opening a paragraph. Tuned: 0.</summary>
    public double ParagraphStartWeight { get; init; }

    /// <summary>Share of the headline's (and, for a section, its heading's) content words the sentence holds.</summary>
    public double TitleWeight { get; init; } = 0.5;

    /// <summary>Key figures a sentence carries, whatever the others hold. Tuned: 0 (coverage below does better).</summary>
    public double FigureWeight { get; init; }

    /// <summary>Added to a candidate that carries a top key figure no chosen sentence carries yet.</summary>
    public double FigureCoverageWeight { get; init; } = 0.75;

    /// <summary>How many of the top-ranked key figures the coverage bonus looks at.</summary>
    public int CoverageTopFigures { get; init; } = 2;

    /// <summary>Prefers 12–35-word sentences. Tuned: 0 (the word budget and the bullet cap already limit length).</summary>
    public double LengthWeight { get; init; }

    /// <summary>Subtracted from sentences that open with a quotation. Tuned: 0.</summary>
    public double QuotePenalty { get; init; }

    /// <summary>Skip a candidate that shares a content-word trigram with a sentence already chosen (redundancy).</summary>
    public bool TrigramBlocking { get; init; } = true;

    /// <summary>Bullets longer than this lose their detachable parts, one at a time, until they fit.</summary>
    public int BulletMaxWords { get; init; } = 30;

    /// <summary>A sentence whose bullet still runs past this is not used (it would be a paragraph, not a bullet).</summary>
    public int BulletHardMaxWords { get; init; } = 45;

    /// <summary>Sentences shorter than this are captions, datelines or fragments, not bullets.</summary>
    public int MinWords { get; init; } = 6;
}

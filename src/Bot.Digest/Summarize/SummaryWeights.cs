namespace Bot.Digest.Summarize;

/// <summary>
/// The ranking knobs, tuned with the quality harness on the tuning half of the BBC set (docs/quality.md).
/// Internal: the harness sets them through <see cref="DigestOptions"/> to search; users get the tuned defaults.
/// </summary>
internal sealed record SummaryWeights
{
    public static SummaryWeights Default { get; } = new();

    /// <summary>PacSum's β: edges weaker than min + β·(max − min) do not count.</summary>
    public double EdgeThreshold { get; init; }

    /// <summary>Weight of similarity to EARLIER sentences (PacSum's λ1; negative = being a repeat is bad).</summary>
    public double LambdaBefore { get; init; } = 1.0;

    /// <summary>Weight of similarity to LATER sentences (PacSum's λ2).</summary>
    public double LambdaAfter { get; init; } = 1.0;

    public double CentralityWeight { get; init; } = 2.0;

    public double PositionWeight { get; init; } = 0.25;

    /// <summary>The position prior is 1 / (1 + i / decay) for the i-th sentence (0-based) of the text ranked.</summary>
    public double PositionDecay { get; init; } = 20.0;

    public double ParagraphStartWeight { get; init; }

    public double TitleWeight { get; init; } = 0.5;

    public double FigureWeight { get; init; } = 0.5;

    /// <summary>Added to a candidate that carries a top key figure no chosen sentence carries yet.</summary>
    public double FigureCoverageWeight { get; init; } = 0.5;

    public double LengthWeight { get; init; } = 0.8;

    /// <summary>Subtracted from sentences that open with a quotation (opinion rather than news).</summary>
    public double QuotePenalty { get; init; } = 0.2;

    /// <summary>Skip a candidate that shares a word trigram with a sentence already chosen (BertSumExt's blocking).</summary>
    public bool TrigramBlocking { get; init; } = true;

    /// <summary>Bullets longer than this lose their detachable parts, one at a time, until they fit.</summary>
    public int BulletMaxWords { get; init; } = 30;

    /// <summary>A sentence whose bullet still runs past this is not used (it would be a paragraph, not a bullet).</summary>
    public int BulletHardMaxWords { get; init; } = 45;

    /// <summary>Sentences shorter than this are captions, datelines or fragments, not bullets.</summary>
    public int MinWords { get; init; } = 6;
}

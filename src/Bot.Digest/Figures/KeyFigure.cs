namespace Bot.Digest.Figures;

/// <summary>
/// A figure found in the article. <see cref="Text"/> is a verbatim substring of <see cref="Sentence"/>
/// (at <see cref="Start"/>), which is a verbatim sentence of the article. Nothing here is computed that
/// the text does not state: <see cref="Value"/> is the stated amount normalised ("$1.2bn" → 1200000000).
/// </summary>
/// <param name="Text">The exact span, e.g. "well over $100 million".</param>
/// <param name="Value">Normalised value (294000 for "$294K"; 2025 for "2025"; the low end of a range).</param>
/// <param name="Unit">ISO currency code, "%", "pp", "x", "hour", the counted noun as written ("chips"), "date", "year", ...</param>
/// <param name="Kind">What sort of figure it is.</param>
/// <param name="Qualifier">"just", "nearly", "over", "at least", "up to", "well over", ... or null.</param>
/// <param name="Subject">What it measures when the sentence says so ("training cost of R1"), else null.</param>
/// <param name="Sentence">The source sentence, verbatim.</param>
/// <param name="Section">Section index: 0 = lead, 1..n = headed sections.</param>
/// <param name="Start">Offset of <see cref="Text"/> inside <see cref="Sentence"/>.</param>
/// <param name="UpperValue">The high end of a range ("5-10%" → 10), else null.</param>
/// <param name="NounPhrase">For counts, the counted noun phrase as written ("Nvidia H800 chips"); else null.</param>
/// <param name="Mentions">How many times the article states this figure (title and body merged into one).</param>
public sealed record KeyFigure(
    string Text,
    decimal Value,
    string Unit,
    FigureKind Kind,
    string? Qualifier,
    string? Subject,
    string Sentence,
    int Section,
    int Start,
    decimal? UpperValue = null,
    string? NounPhrase = null,
    int Mentions = 1);

public enum FigureKind
{
    Money,
    Count,
    Duration,
    Percent,
    PercentagePoints,
    Multiple,
    Date,
    Year,
    Dimension,
    Number,

    /// <summary>Added by the figures work: "40C", "98.6 degrees f".</summary>
    Temperature,
}

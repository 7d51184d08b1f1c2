namespace Bot.Digest.Summarize.Guard;

/// <summary>Why a generated bullet failed the guard. <see cref="Detail"/> is the offending span of the bullet (for
/// tests and debugging; the host logs only the kinds, never text).</summary>
public sealed record GuardProblem(GuardProblemKind Kind, string Detail);

public enum GuardProblemKind
{
    /// <summary>A figure whose value and unit the source never states.</summary>
    InventedFigure,

    /// <summary>The value and unit are in the source, but with a qualifier the bullet may not claim
    /// ("over $100 million" written as "$100 million").</summary>
    ChangedQualifier,

    /// <summary>Digits the recogniser could not read as a figure and that are not part of a known name.</summary>
    UnrecognisedNumber,

    /// <summary>A quotation that is not verbatim in the source.</summary>
    AlteredQuote,

    /// <summary>A name (capitalised word not at sentence start, or a product-like token such as "GPT-4") that the
    /// source never uses.</summary>
    UnknownName,
}

using System.Collections.Frozen;

namespace Bot.Digest.Ingest;

/// <summary>The word lists behind <see cref="SentenceBoundary"/>: which "word." is not the end of a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>
    /// Titles and Latin abbreviations that always lead into more of the same sentence ("Dr. Smith", "e.g. Google").
    /// Abbreviations that are also words ("no", "fig", "ed") are not here: "He said no. Then…" must split.
    /// </summary>
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rep", "sen",
        "gov", "pres", "rev", "hon", "messrs", "mme", "mlle", "mt", "ft", "vs", "v", "cf", "viz", "e.g", "i.e", "approx",
        "dept", "univ", "assn", "govt", "intl", "natl",
    ]);

    /// <summary>Abbreviations that may end a sentence ("at Apple Inc." / "Apple Inc. said"): a boundary only before a sentence starter.</summary>
    private static readonly FrozenSet<string> MaybeFinal = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "st", "bros", "etc", "al", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "a.m", "p.m", "p", "op", "art", "sec", "ch",
    ]);

    /// <summary>Before a number these never end a sentence: "No. 5", "Sept. 18", "p. 12".</summary>
    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "sec", "ch", "op", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ed", "approx", "ca", "est", "vs", "v",
    ]);

    /// <summary>Words that commonly open a sentence: after an ambiguous abbreviation they mean the sentence ended.</summary>
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "It", "Its", "It's", "This", "That", "These", "Those", "They", "Their", "There", "He", "She",
        "His", "Her", "We", "Our", "I", "In", "On", "At", "For", "But", "And", "So", "Yet", "Or", "If", "When", "While",
        "After", "Before", "As", "However", "Meanwhile", "Still", "Now", "Despite", "According", "Although", "Though",
        "Since", "Because", "Then", "Also", "Some", "Many", "Most", "Other", "Others", "One", "Two", "Last", "Next",
        "Yesterday", "Today", "What", "Why", "How", "Who", "Where", "Which", "Earlier", "Later", "Under", "With",
        "From", "To", "Such", "Each", "Every", "All", "Both", "No", "Not", "Only", "Even", "Instead", "You", "My",
        "Your", "By", "Officials", "Analysts", "Experts", "Critics", "Investors",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeFinalLookup = MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StartersLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNeverFinal(ReadOnlySpan<char> word) => NeverFinalLookup.Contains(word);

    public static bool IsMaybeFinal(ReadOnlySpan<char> word) => MaybeFinalLookup.Contains(word);

    public static bool IsBeforeNumber(ReadOnlySpan<char> word) => BeforeNumberLookup.Contains(word);

    public static bool IsStarter(ReadOnlySpan<char> word) => StartersLookup.Contains(word);
}

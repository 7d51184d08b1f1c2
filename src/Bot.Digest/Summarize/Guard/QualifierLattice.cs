namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// What a qualifier claims about the stated value, and which claims a bullet may make when the source makes one.
/// A bullet may repeat the source's claim or weaken it, never strengthen or change it:
/// <code>
/// source claim            the bullet may say
/// exact (none, "just")    exact, approximate, at least, at most
/// approximate ("about")   approximate
/// well over               well over, over, at least
/// just over               just over, over, at least, approximate
/// over ("more than")      over, at least
/// at least                at least
/// well under              well under, under, at most
/// nearly ("just under")   nearly, under, at most, approximate
/// under ("less than")     under, at most
/// at most ("up to")       at most
/// </code>
/// So "over $100 million" may not become "$100 million" (over ⇏ exact), "well over" may become "over", and "nearly"
/// may become "about". A qualifier not in the table must be repeated word for word.
/// </summary>
public static class QualifierLattice
{
    private static readonly Dictionary<string, QualifierClaim> Claims = Build();

    private static readonly Dictionary<QualifierClaim, QualifierClaim[]> Allowed = new()
    {
        [QualifierClaim.Exact] = [QualifierClaim.Exact, QualifierClaim.Approximate, QualifierClaim.AtLeast, QualifierClaim.AtMost],
        [QualifierClaim.Approximate] = [QualifierClaim.Approximate],
        [QualifierClaim.WellOver] = [QualifierClaim.WellOver, QualifierClaim.Over, QualifierClaim.AtLeast],
        [QualifierClaim.JustOver] = [QualifierClaim.JustOver, QualifierClaim.Over, QualifierClaim.AtLeast, QualifierClaim.Approximate],
        [QualifierClaim.Over] = [QualifierClaim.Over, QualifierClaim.AtLeast],
        [QualifierClaim.AtLeast] = [QualifierClaim.AtLeast],
        [QualifierClaim.WellUnder] = [QualifierClaim.WellUnder, QualifierClaim.Under, QualifierClaim.AtMost],
        [QualifierClaim.Nearly] = [QualifierClaim.Nearly, QualifierClaim.Under, QualifierClaim.AtMost, QualifierClaim.Approximate],
        [QualifierClaim.Under] = [QualifierClaim.Under, QualifierClaim.AtMost],
        [QualifierClaim.AtMost] = [QualifierClaim.AtMost],
    };

    public static QualifierClaim ClaimOf(string? qualifier)
    {
        var key = Key(qualifier);
        return key.Length == 0 ? QualifierClaim.Exact : Claims.GetValueOrDefault(key, QualifierClaim.Unknown);
    }

    /// <summary>True when a source stating its value with <paramref name="source"/> supports a bullet stating the
    /// same value with <paramref name="bullet"/>.</summary>
    public static bool Implies(string? source, string? bullet)
    {
        var from = ClaimOf(source);
        var to = ClaimOf(bullet);
        if (from == QualifierClaim.Unknown || to == QualifierClaim.Unknown)
        {
            return string.Equals(Key(source), Key(bullet), StringComparison.Ordinal);
        }

        return Allowed[from].Contains(to);
    }

    private static string Key(string? qualifier) =>
        string.Join(' ', (qualifier ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, QualifierClaim> Build()
    {
        var table = new Dictionary<string, QualifierClaim>(StringComparer.Ordinal);
        void Add(QualifierClaim claim, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                table[phrase] = claim;
            }
        }

        Add(QualifierClaim.Exact, "exactly", "precisely", "just", "only");
        Add(QualifierClaim.Approximate, "about", "around", "roughly", "approximately", "approx", "approx.", "some", "an estimated", "circa", "close to", "almost exactly");
        Add(QualifierClaim.WellOver, "well over", "well above");
        Add(QualifierClaim.JustOver, "just over", "just above", "a little over", "slightly more than");
        Add(QualifierClaim.Over, "over", "more than", "above", "in excess of", "upwards of", "more than just");
        Add(QualifierClaim.AtLeast, "at least", "no less than", "as little as", "as few as");
        Add(QualifierClaim.WellUnder, "well under", "well below");
        Add(QualifierClaim.Nearly, "nearly", "almost", "just under", "just below", "a little under", "slightly less than");
        Add(QualifierClaim.Under, "under", "less than", "fewer than", "below");
        Add(QualifierClaim.AtMost, "at most", "up to", "no more than", "not more than", "as much as", "as many as");
        return table;
    }
}

/// <summary>What a qualifier claims about the stated value (see <see cref="QualifierLattice"/>).</summary>
public enum QualifierClaim
{
    Exact,
    Approximate,
    WellOver,
    JustOver,
    Over,
    AtLeast,
    WellUnder,
    Nearly,
    Under,
    AtMost,
    Unknown,
}

namespace Bot.Digest.Sections;

/// <summary>
/// Resolves what a user typed ("2", "distilled", "distiled", "A model built on") to one section.
/// Sections are numbered 1..n (the lead is not a section). An ambiguous or unknown query is never a guess:
/// the caller shows the list instead.
/// STUB (foundation): number and exact name only; the sections work replaces it.
/// </summary>
public static class SectionResolver
{
    public static SectionMatch Resolve(IReadOnlyList<SectionRef> sections, string query)
    {
        var q = query.Trim();
        if (int.TryParse(q, out var n))
        {
            var byNumber = sections.FirstOrDefault(s => s.Index == n);
            return byNumber is null ? SectionMatch.Unknown(q) : SectionMatch.Found(byNumber);
        }

        var byName = sections.Where(s => s.Title.Contains(q, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count switch
        {
            0 => SectionMatch.Unknown(q),
            1 => SectionMatch.Found(byName[0]),
            _ => SectionMatch.Ambiguous(q, byName),
        };
    }
}

/// <summary>A section as the resolver sees it: its number (1..n) and heading.</summary>
public sealed record SectionRef(int Index, string Title);

public enum SectionMatchKind
{
    Found,
    Ambiguous,
    Unknown,
}

/// <summary>The resolver's answer: one section, or the candidates (ambiguous), or none (unknown).</summary>
public sealed record SectionMatch(SectionMatchKind Kind, string Query, SectionRef? Section, IReadOnlyList<SectionRef> Candidates)
{
    public static SectionMatch Found(SectionRef section) => new(SectionMatchKind.Found, section.Title, section, [section]);

    public static SectionMatch Ambiguous(string query, IReadOnlyList<SectionRef> candidates) =>
        new(SectionMatchKind.Ambiguous, query, null, candidates);

    public static SectionMatch Unknown(string query) => new(SectionMatchKind.Unknown, query, null, []);
}

namespace Bot.Digest.Sections;

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

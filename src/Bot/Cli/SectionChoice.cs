using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Digest.Sections;

namespace Bot.Cli;

/// <summary>--section through <see cref="SectionResolver"/>; an unknown or ambiguous answer lists the sections.</summary>
internal static class SectionChoice
{
    public static Outcome<SectionRef> Resolve(Article article, string query)
    {
        var sections = article.HeadedSections
            .Select(s => new SectionRef(s.Index, s.Heading ?? DigestLines.SectionTitle(s.Index)))
            .ToList();
        if (sections.Count == 0)
        {
            return Outcome<SectionRef>.Failure($"{article.Source}: has no sections (only a lead), so no section \"{query}\"");
        }

        var match = SectionResolver.Resolve(sections, query);
        return match.Kind switch
        {
            SectionMatchKind.Found when match.Section is { } section => Outcome<SectionRef>.Success(section),
            SectionMatchKind.Ambiguous => Outcome<SectionRef>.Failure(
                $"{article.Source}: section \"{query}\" matches more than one section:{List(match.Candidates)}"),
            _ => Outcome<SectionRef>.Failure($"{article.Source}: no section \"{query}\"; the sections are:{List(sections)}"),
        };
    }

    private static string List(IEnumerable<SectionRef> sections) =>
        string.Concat(sections.Select(s => $"{Environment.NewLine}  {s.Index}. {s.Title}"));
}

using System.Text.RegularExpressions;

namespace Bot.Quality.Data;

/// <summary>
/// The BBC reference summaries glue their sentences together without a space (".Quarterly"); the dataset's
/// PROVENANCE.md says to split on <c>(?&lt;=[.!?])(?=[A-Z"'])</c>. Lines and surrounding spaces are trimmed; empties dropped.
/// </summary>
public static partial class ReferenceSplitter
{
    public static IReadOnlyList<string> Split(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Boundary().Split(summary.Replace('\n', ' '))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();
    }

    [GeneratedRegex("""(?<=[.!?])(?=[A-Z"'])""", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}

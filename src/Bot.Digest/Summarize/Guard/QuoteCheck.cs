using System.Text.RegularExpressions;

namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// Every quotation in a bullet ("…" or '…', straight or typographic) must occur in the source word for word, ignoring
/// only letter case, punctuation just inside the closing mark ("$100 million," vs "$100 million.") and the gaps an
/// ellipsis marks (each part must be there, in order).
/// </summary>
internal static partial class QuoteCheck
{
    private static readonly string[] Ellipses = ["...", "\u2026"];

    public static void Run(string bullet, GuardSource source, List<GuardProblem> problems)
    {
        foreach (Match m in DoubleQuoted().Matches(bullet).Concat(SingleQuoted().Matches(bullet)))
        {
            if (!IsVerbatim(m.Groups[1].Value, source.Text))
            {
                problems.Add(new GuardProblem(GuardProblemKind.AlteredQuote, m.Value));
            }
        }
    }

    private static bool IsVerbatim(string quote, string source)
    {
        var from = 0;
        foreach (var part in quote.Split(Ellipses, StringSplitOptions.None))
        {
            var trimmed = part.Trim().TrimEnd('.', ',', ';', ':', '!', '?').Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var at = source.IndexOf(trimmed, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            from = at + trimmed.Length;
        }

        return true;
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex DoubleQuoted();

    /// <summary>Single quotes only where they cannot be apostrophes: opened after a space or bracket, closed before a
    /// space, bracket or punctuation.</summary>
    [GeneratedRegex(@"(?<=^|[\s(\[])'([^'\n]+?)'(?=$|[\s.,;:!?)\]])")]
    private static partial Regex SingleQuoted();
}

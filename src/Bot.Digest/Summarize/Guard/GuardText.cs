using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// The one normal form both sides are compared in: Unicode NFC, typographic quotes and apostrophes made straight,
/// en/em dashes made '-', every whitespace run (including no-break spaces) one space. Nothing else changes, so
/// "verbatim" still means the same words in the same order.
/// </summary>
internal static partial class GuardText
{
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>Words: letters and digits, joined by inner '-', '.', '&amp;' or '\'' ("GPT-4", "U.S", "AT&amp;T", "DeepSeek's").</summary>
    public static IEnumerable<(string Word, int Start)> Words(string normalised)
    {
        foreach (Match m in WordPattern().Matches(normalised))
        {
            yield return (m.Value, m.Index);
        }
    }

    /// <summary>"DeepSeek's" → "DeepSeek", "investors'" stays a plain word.</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("'S", StringComparison.Ordinal) ? word[..^2] : word;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-.&'][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

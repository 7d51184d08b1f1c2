namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// Names must occur in the source. A name is a capitalised word that does not start a sentence ("Altman", "Nvidia",
/// "U.S"), or a product-like word mixing letters and digits wherever it stands ("GPT-4", "H800", "R1"). Matching is by
/// whole word and case-sensitive, with a possessive "'s" ignored; a hyphenated word passes when its capitalised parts
/// occur ("Nvidia-made"), but a product-like word must occur whole, so "GPT-5" fails against "GPT-4". Each word is
/// checked on its own: an invented pairing of two real names ("Liang Altman") is not caught.
/// </summary>
internal static class NameCheck
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "I" };

    public static void Run(string bullet, GuardSource source, List<GuardProblem> problems)
    {
        foreach (var (word, start) in GuardText.Words(bullet))
        {
            var name = GuardText.WithoutPossessive(word);
            if (IsProductLike(name))
            {
                if (!source.Words.Contains(name) && !(name.EndsWith('s') && source.Words.Contains(name[..^1])))
                {
                    problems.Add(new GuardProblem(GuardProblemKind.UnknownName, name));
                }

                continue;
            }

            if (!char.IsUpper(name[0]) || NotNames.Contains(name) || StartsSentence(bullet, start) || source.Words.Contains(name))
            {
                continue;
            }

            var parts = name.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1 || parts.Where(p => char.IsUpper(p[0])).Any(p => !source.Words.Contains(p)))
            {
                problems.Add(new GuardProblem(GuardProblemKind.UnknownName, name));
            }
        }
    }

    /// <summary>A letter before a digit in one word: "GPT-4", "H800", "R1", "A100s". A number with a suffix ("294K",
    /// "80-hour", "1990s") is not a name: it is the figure check's business.</summary>
    public static bool IsProductLike(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                return word.AsSpan(i).IndexOfAnyInRange('0', '9') >= 0;
            }
        }

        return false;
    }

    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '(' or '[' or '-' or '*' or '•'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':';
    }
}

using Bot.Digest.Figures;

namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// Every figure in a bullet must be stated by the source: the same value (and upper value, for ranges) in the same
/// unit after the recogniser's normalisation, with a qualifier the source's supports (<see cref="QualifierLattice"/>).
/// Digits the recogniser could not read as a figure fail too, unless they belong to a product-like name (checked by
/// <see cref="NameCheck"/>): a number nobody can verify is never shown.
/// </summary>
internal static class FigureCheck
{
    public static void Run(string bullet, GuardSource source, IFigureRecognizer recognizer, List<GuardProblem> problems)
    {
        if (!bullet.Any(char.IsDigit) && !HasNumberWord(bullet))
        {
            return;
        }

        var covered = new bool[bullet.Length];
        foreach (var figure in recognizer.Recognize(bullet))
        {
            var start = SpanStart(bullet, figure);
            if (start >= 0)
            {
                Array.Fill(covered, true, start, Math.Min(figure.Text.Length, bullet.Length - start));
            }

            var problem = Verify(figure, source);
            if (problem is not null)
            {
                problems.Add(new GuardProblem(problem.Value, figure.Text));
            }
        }

        foreach (var (word, start) in GuardText.Words(bullet))
        {
            if (!word.Any(char.IsDigit) || NameCheck.IsProductLike(word))
            {
                continue;
            }

            for (var i = 0; i < word.Length; i++)
            {
                if (char.IsDigit(word[i]) && !covered[start + i])
                {
                    problems.Add(new GuardProblem(GuardProblemKind.UnrecognisedNumber, word));
                    break;
                }
            }
        }
    }

    /// <summary>Null when the source states the figure with a qualifier that supports the bullet's.</summary>
    internal static GuardProblemKind? Verify(KeyFigure figure, GuardSource source)
    {
        var same = source.Figures.Where(s => SameAmount(figure, s)).ToList();
        if (same.Count == 0)
        {
            return IsStatedYear(figure, source) ? null : GuardProblemKind.InventedFigure;
        }

        return same.Any(s => QualifierLattice.Implies(s.Qualifier, figure.Qualifier)) ? null : GuardProblemKind.ChangedQualifier;
    }

    private static bool SameAmount(KeyFigure bullet, KeyFigure source) =>
        bullet.Value == source.Value && bullet.UpperValue == source.UpperValue && SameUnit(bullet, source);

    /// <summary>Units must agree, except that a plain count matches a count of the same value whatever noun it
    /// counts ("512 chips" and "512 Nvidia H800 chips"): the noun is the name check's business.</summary>
    private static bool SameUnit(KeyFigure bullet, KeyFigure source) =>
        string.Equals(bullet.Unit, source.Unit, StringComparison.OrdinalIgnoreCase)
        || (IsCount(bullet) && IsCount(source));

    private static bool IsCount(KeyFigure figure) => figure.Kind is FigureKind.Count or FigureKind.Number;

    /// <summary>"2025" in a bullet is supported by "January 2025" in the source even when the recogniser reads the
    /// source as a date and the bullet as a year.</summary>
    private static bool IsStatedYear(KeyFigure figure, GuardSource source) =>
        figure.Kind == FigureKind.Year && figure.UpperValue is null && figure.Qualifier is null
        && source.Words.Contains(figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static int SpanStart(string bullet, KeyFigure figure)
    {
        if (figure.Start >= 0 && figure.Start + figure.Text.Length <= bullet.Length
            && string.CompareOrdinal(bullet, figure.Start, figure.Text, 0, figure.Text.Length) == 0)
        {
            return figure.Start;
        }

        return figure.Text.Length == 0 ? -1 : bullet.IndexOf(figure.Text, StringComparison.Ordinal);
    }

    private static bool HasNumberWord(string bullet) =>
        GuardText.Words(bullet).Any(w => NumberWords.Contains(w.Word.ToLowerInvariant()));

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "billions", "trillion", "dozen", "half", "twice", "double", "triple", "percent",
    };
}

using Bot.Digest.Figures;

namespace Bot.Digest.Summarize;

/// <summary>
/// One number per sentence: centrality + position prior + headline overlap + figure density + a length prior, minus a
/// penalty for opening with a quotation. Each feature lies in [0, 1]; the weights come from <see cref="SummaryWeights"/>.
/// </summary>
internal static class SentenceScorer
{
    /// <summary>Scores for the sentences <paramref name="members"/> (indices into the profile), ranked among themselves.</summary>
    public static double[] Score(
        ArticleProfile profile,
        double[] centrality,
        double[] figureDensity,
        IReadOnlyList<int> members,
        int[] headingTerms,
        SummaryWeights w)
    {
        var scores = new double[members.Count];
        for (var k = 0; k < members.Count; k++)
        {
            var p = profile.Sentences[members[k]];
            var position = 1.0 / (1.0 + (k / w.PositionDecay));
            var paragraphStart = p.Sentence.Start == 0 ? 1.0 : 0.0;
            var title = Overlap(p.Terms, profile.TitleTerms, headingTerms);
            var quote = OpensWithQuote(p.Text) ? 1.0 : 0.0;
            scores[k] =
                (w.CentralityWeight * centrality[members[k]]) +
                (w.PositionWeight * position) +
                (w.ParagraphStartWeight * paragraphStart) +
                (w.TitleWeight * title) +
                (w.FigureWeight * figureDensity[members[k]]) +
                (w.LengthWeight * LengthPrior(p.Words)) -
                (w.QuotePenalty * quote);
        }

        return scores;
    }

    /// <summary>
    /// Per sentence: Σ over the key figures it carries (1 for the top five, 0.5 for the rest), capped at 1. When the
    /// extractor found nothing at all, a sentence with any digit gets 0.5 so numbers still count.
    /// </summary>
    public static double[] FigureDensity(ArticleProfile profile, IReadOnlyList<KeyFigure> figures)
    {
        var s = profile.Sentences;
        var density = new double[s.Length];
        if (figures.Count == 0)
        {
            for (var i = 0; i < s.Length; i++)
            {
                density[i] = s[i].HasDigit ? 0.5 : 0;
            }

            return density;
        }

        for (var r = 0; r < figures.Count; r++)
        {
            if (Locate(s, figures[r]) is { } i)
            {
                density[i] = Math.Min(1.0, density[i] + (r < 5 ? 1.0 : 0.5));
            }
        }

        return density;
    }

    /// <summary>
    /// Per sentence, the ids of the top <paramref name="top"/> key figures it carries; a figure stated twice (same value
    /// and unit) has one id, so covering it once covers it.
    /// </summary>
    public static int[][] TopFigures(ArticleProfile profile, IReadOnlyList<KeyFigure> figures, int top)
    {
        var s = profile.Sentences;
        var lists = new List<int>?[s.Length];
        var ids = new List<(decimal Value, string Unit)>();
        for (var r = 0; r < figures.Count && ids.Count < top; r++)
        {
            var f = figures[r];
            var id = ids.IndexOf((f.Value, f.Unit));
            if (id < 0)
            {
                id = ids.Count;
                ids.Add((f.Value, f.Unit));
            }

            if (Locate(s, f) is { } i)
            {
                (lists[i] ??= []).Add(id);
            }
        }

        return [.. lists.Select(l => l is null ? [] : l.ToArray())];
    }

    /// <summary>Share of the headline's (and section heading's) content terms the sentence contains.</summary>
    private static double Overlap(int[] terms, int[] title, int[] heading)
    {
        var total = title.Length + heading.Length;
        if (total == 0)
        {
            return 0;
        }

        return (Common(terms, title) + Common(terms, heading)) / (double)total;
    }

    internal static int Common(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                n++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }

    /// <summary>Too short to carry a claim → low; 12–35 words → 1; very long → fades (a paragraph, not a point).</summary>
    internal static double LengthPrior(int words) => words switch
    {
        < 12 => Math.Max(0, (words - 4) / 8.0),
        <= 35 => 1.0,
        _ => Math.Max(0, 1.0 - ((words - 35) / 25.0)),
    };

    internal static bool OpensWithQuote(string text) =>
        text.Length > 0 && text[0] is '"' or '\u201C' or '\u2018' or '\'';

    /// <summary>The sentence a figure came from: same text, or (if splitters differ) the one inside it holding the span.</summary>
    private static int? Locate(SentenceProfile[] s, KeyFigure f)
    {
        for (var i = 0; i < s.Length; i++)
        {
            // Equal, or a quotation joined back together around it (QuoteJoiner).
            if (string.Equals(s[i].Text, f.Sentence, StringComparison.Ordinal) ||
                (s[i].Text.Length > f.Sentence.Length && s[i].Sentence.Section == f.Section && s[i].Text.Contains(f.Sentence, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (s[i].Sentence.Section == f.Section && s[i].Text.Contains(f.Text, StringComparison.Ordinal) &&
                f.Sentence.Contains(s[i].Text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}

using Bot.Digest.Figures.Recognition;
using Bot.Digest.Ingest;

namespace Bot.Digest.Figures;

/// <summary>
/// The key figures of an article: every figure the text states (recognised per sentence, furniture dropped), one
/// entry per distinct figure (a figure repeated in the title and the lead is one figure with the body's wording),
/// ranked most important first (docs/figures.md). Never computes a figure the text does not state.
/// </summary>
public static class FigureExtractor
{
    /// <summary>Every figure in the article's sentences (and title), ranked (most important first), furniture dropped.</summary>
    public static IReadOnlyList<KeyFigure> Extract(IReadOnlyList<Sentence> sentences, Article article)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(article);
        var mentions = new List<FigureMention>();
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            Collect(article.Title, section: 0, paragraph: -1, ordinal: -1, isTitle: true, mentions);
        }

        foreach (var sentence in sentences)
        {
            Collect(sentence.Text, sentence.Section, sentence.Paragraph, sentence.Ordinal, isTitle: false, mentions);
        }

        return FigureRanker.Rank(mentions);
    }

    /// <summary>The figures of one sentence, unranked (for callers that have a single string).</summary>
    public static IReadOnlyList<KeyFigure> ExtractSentence(string sentence, int section = 0)
    {
        var mentions = new List<FigureMention>();
        Collect(sentence, section, paragraph: 0, ordinal: 0, isTitle: false, mentions);
        return [.. mentions.Select(m => m.Figure)];
    }

    /// <summary>1130000000.00 → 1130000000: the same value without the trailing zeros a multiplication leaves.</summary>
    private static decimal Tidy(decimal value) => value / 1.000000000000000000000000000000000m;

    private static void Collect(string text, int section, int paragraph, int ordinal, bool isTitle, List<FigureMention> into)
    {
        var scan = new TextScan(text);
        var quantities = QuantityRecognizer.Recognize(scan, out _, bareMentions: false);
        if (quantities.Count == 0)
        {
            return;
        }

        var subjects = SubjectFinder.FindAll(scan, quantities);
        var compares = FigureRanker.HasComparisonCue(scan);
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (!FigureFilter.Keep(scan, q))
            {
                continue;
            }

            var figure = new KeyFigure(
                text[q.SpanStart..q.End],
                Tidy(q.Value!.Value),
                q.Unit,
                q.Kind,
                q.Qualifier,
                subjects[i],
                text,
                section,
                q.SpanStart,
                q.Upper is { } upper ? Tidy(upper) : null,
                q.NounPhrase);
            into.Add(new FigureMention(figure, q, ordinal, paragraph, isTitle, compares));
        }
    }
}

using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize;

/// <summary>
/// Puts back together a quotation the sentence splitter cut ("We would say to him 'don't give it away. But if you
/// must, put it into skills'," he said.), so a bullet carries the whole quotation or none of it, never a dangling
/// quote mark. Only within one paragraph and over at most <see cref="MaxJoined"/> sentences; the joined text is the
/// paragraph's own span, so it stays verbatim. A cut quotation that does not close in time stays cut, and the
/// selector skips both halves.
/// </summary>
internal static class QuoteJoiner
{
    public const int MaxJoined = 4;

    public static IReadOnlyList<Sentence> Join(Article article, IReadOnlyList<Sentence> sentences)
    {
        List<Sentence>? joined = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (Quotes.Unbalanced(sentences[i].Text) && Closing(article, sentences, i) is { } last)
            {
                var first = sentences[i];
                var end = sentences[last].Start + sentences[last].Text.Length;
                joined ??= [.. sentences.Take(i)];
                joined.Add(first with { Text = article.Sections[first.Section].Paragraphs[first.Paragraph][first.Start..end] });
                i = last;
                continue;
            }

            joined?.Add(sentences[i]);
        }

        return joined ?? sentences;
    }

    /// <summary>The index of the sentence that closes the quotation opened in sentence <paramref name="i"/>, if any.</summary>
    private static int? Closing(Article article, IReadOnlyList<Sentence> sentences, int i)
    {
        var first = sentences[i];
        var paragraph = article.Sections[first.Section].Paragraphs[first.Paragraph];
        for (var j = i + 1; j < sentences.Count && j - i < MaxJoined; j++)
        {
            var next = sentences[j];
            if (next.Section != first.Section || next.Paragraph != first.Paragraph)
            {
                return null;
            }

            if (!Quotes.Unbalanced(paragraph.AsSpan(first.Start, next.Start + next.Text.Length - first.Start)))
            {
                return j;
            }
        }

        return null;
    }
}

namespace Bot.Digest.Ingest;

/// <summary>
/// Splits an article, or any string, into sentences (rules: <see cref="SentenceBoundary"/>). Every sentence is a
/// verbatim, whitespace-trimmed substring of its paragraph; a line break always ends a sentence, so a headline line
/// without a full stop is a sentence of its own. Linear time, one pass per paragraph.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = new List<Sentence>();
        var ranges = new List<Range>();
        foreach (var section in article.Sections)
        {
            for (var p = 0; p < section.Paragraphs.Count; p++)
            {
                var paragraph = section.Paragraphs[p];
                ranges.Clear();
                SentenceBoundary.Scan(paragraph, ranges);
                foreach (var range in ranges)
                {
                    var (start, length) = range.GetOffsetAndLength(paragraph.Length);
                    result.Add(new Sentence(paragraph.Substring(start, length), section.Index, p, start, result.Count));
                }
            }
        }

        return result;
    }

    /// <summary>The sentences of <paramref name="text"/> as ranges into it (use <c>text[range]</c>), in order.</summary>
    public static IReadOnlyList<Range> SplitText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = new List<Range>();
        SentenceBoundary.Scan(text, ranges);
        return ranges;
    }

    /// <summary>Appends the sentence ranges of <paramref name="text"/> to <paramref name="into"/> (no other allocation).</summary>
    public static void SplitText(ReadOnlySpan<char> text, List<Range> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        SentenceBoundary.Scan(text, into);
    }

    /// <summary>The sentences of <paramref name="text"/> as strings.</summary>
    public static IReadOnlyList<string> SplitToStrings(string text) =>
        SplitText(text).Select(r => text[r]).ToList();
}

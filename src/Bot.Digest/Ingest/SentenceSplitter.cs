using System.Text.RegularExpressions;

namespace Bot.Digest.Ingest;

/// <summary>STUB (foundation): splits on ". " naively; the ingestion work replaces it.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(Article article)
    {
        var result = new List<Sentence>();
        foreach (var section in article.Sections)
        {
            for (var p = 0; p < section.Paragraphs.Count; p++)
            {
                var paragraph = section.Paragraphs[p];
                var start = 0;
                foreach (Match m in Boundary().Matches(paragraph))
                {
                    var end = m.Index + 1;
                    result.Add(new Sentence(paragraph[start..end], section.Index, p, start, result.Count));
                    start = m.Index + m.Length;
                }

                if (start < paragraph.Length)
                {
                    result.Add(new Sentence(paragraph[start..], section.Index, p, start, result.Count));
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"[.!?]\s+")]
    private static partial Regex Boundary();
}

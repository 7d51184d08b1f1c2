using System.Text.RegularExpressions;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Summarize;

/// <summary>
/// Articles built directly (not through the reader), with a plain test splitter (a sentence ends at . ! or ? before a
/// space and a capital or opening quote), so these tests pin the summarizer and nothing else.
/// </summary>
internal static partial class TestArticles
{
    public static (Article Article, IReadOnlyList<Sentence> Sentences) Build(string? title, params (string? Heading, string[] Paragraphs)[] sections)
    {
        var article = new Article("test", title, [.. sections.Select((s, i) => new ArticleSection(i, s.Heading, s.Paragraphs))]);
        return (article, Split(article));
    }

    public static IReadOnlyList<Sentence> Split(Article article)
    {
        var result = new List<Sentence>();
        foreach (var section in article.Sections)
        {
            for (var p = 0; p < section.Paragraphs.Count; p++)
            {
                var text = section.Paragraphs[p];
                var start = 0;
                foreach (Match m in Boundary().Matches(text))
                {
                    result.Add(new Sentence(text[start..m.Index], section.Index, p, start, result.Count));
                    start = m.Index + m.Length;
                }

                result.Add(new Sentence(text[start..], section.Index, p, start, result.Count));
            }
        }

        return result;
    }

    /// <summary>A key figure located in its sentence, as the extractor would report it (ranked by list order).</summary>
    public static KeyFigure Figure(IReadOnlyList<Sentence> sentences, string text, decimal value, string unit, FigureKind kind = FigureKind.Money)
    {
        var s = sentences.First(x => x.Text.Contains(text, StringComparison.Ordinal));
        return new KeyFigure(text, value, unit, kind, null, null, s.Text, s.Section, s.Text.IndexOf(text, StringComparison.Ordinal));
    }

    [GeneratedRegex("""(?<=[.!?][”"’]?)\s+(?=[A-Z“"‘])""")]
    private static partial Regex Boundary();
}

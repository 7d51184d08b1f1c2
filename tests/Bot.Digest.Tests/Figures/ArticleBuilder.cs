using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Figures;

/// <summary>
/// Builds an article and its sentences by hand (one sentence per paragraph) so extraction tests do not depend on
/// the sentence splitter.
/// </summary>
internal static class ArticleBuilder
{
    public static (Article Article, IReadOnlyList<Sentence> Sentences) Build(string? title, params (int Section, string Text)[] paragraphs)
    {
        var sections = paragraphs.GroupBy(p => p.Section).OrderBy(g => g.Key)
            .Select(g => new ArticleSection(g.Key, g.Key == 0 ? null : $"Section {g.Key}", [.. g.Select(p => p.Text)]))
            .ToList();
        if (sections.Count == 0 || sections[0].Index != 0)
        {
            sections.Insert(0, new ArticleSection(0, null, []));
        }

        var sentences = new List<Sentence>();
        foreach (var section in sections)
        {
            for (var p = 0; p < section.Paragraphs.Count; p++)
            {
                sentences.Add(new Sentence(section.Paragraphs[p], section.Index, p, 0, sentences.Count));
            }
        }

        return (new Article("test", title, sections), sentences);
    }
}

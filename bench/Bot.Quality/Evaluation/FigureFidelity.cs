using Bot.Digest;
using Bot.Quality.Data;

namespace Bot.Quality.Evaluation;

/// <summary>
/// On real articles: how many extracted figures have text that is a verbatim substring of the article (and a source
/// sentence that is one too). Must be every one: a figure is never computed or re-worded.
/// </summary>
public static class FigureFidelity
{
    public static (int Figures, int Verbatim, IReadOnlyList<string> Examples) Check(IReadOnlyList<EvalArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var figures = 0;
        var verbatim = 0;
        var examples = new List<string>();
        foreach (var a in articles)
        {
            var article = a.ToArticle();
            var body = string.Join("\n\n", article.Sections.SelectMany(s => s.Paragraphs).Prepend(a.Title));
            foreach (var f in Digester.Figures(article))
            {
                figures++;
                if (body.Contains(f.Sentence, StringComparison.Ordinal) && f.Sentence.Contains(f.Text, StringComparison.Ordinal))
                {
                    verbatim++;
                }
                else if (examples.Count < 5)
                {
                    examples.Add($"{a.Id}: \"{f.Text}\"");
                }
            }
        }

        return (figures, verbatim, examples);
    }
}

using Bot.Digest.Ingest;

namespace Bot.Quality.Data;

/// <summary>One line of the dataset: an article and its reference summary.</summary>
public sealed record EvalArticle(string Id, string Category, string Title, string Text, string Summary)
{
    /// <summary>The article as the digest engine takes it: the title, and the lead made of the text's paragraphs.</summary>
    public Article ToArticle() =>
        new(Id, Title, [new ArticleSection(0, null, Paragraphs(Text))]);

    /// <summary>The text a person would save to a file: title line, blank line, body (what `ots` and the CLI read).</summary>
    public string ToPlainText() => string.IsNullOrEmpty(Title) ? Text : $"{Title}\n\n{Text}";

    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

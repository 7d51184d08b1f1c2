namespace Bot.Digest.Ingest;

/// <summary>Plain text and Markdown → <see cref="Article"/> (see <see cref="PlainTextUnits"/> and <see cref="ArticleAssembler"/>).</summary>
internal static class PlainTextReader
{
    public static Outcome<Article> Read(string text, string source)
    {
        var (body, frontTitle) = FrontMatter.Strip(text);
        var rules = string.IsNullOrEmpty(frontTitle) ? AssemblyRules.PlainText : AssemblyRules.PlainText with { Title = frontTitle };
        var assembled = ArticleAssembler.Assemble(PlainTextUnits.Read(body), rules);
        if (!assembled.HasText)
        {
            return Outcome<Article>.Failure(NoArticle(source));
        }

        return Outcome<Article>.Success(new Article(
            source, assembled.Title, assembled.Sections, SourceUrl(source), assembled.Byline, assembled.Published));
    }

    public static string NoArticle(string source) => $"{source}: no article text found";

    /// <summary>The source itself when it is an http(s) URL: where the article lives.</summary>
    public static string? SourceUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}

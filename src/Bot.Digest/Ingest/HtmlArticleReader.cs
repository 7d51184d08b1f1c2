using AngleSharp.Html.Parser;

namespace Bot.Digest.Ingest;

/// <summary>
/// HTML → <see cref="Article"/>: metadata first (<see cref="HtmlMetadata"/>), then the junk goes
/// (<see cref="HtmlJunk"/>), the content root is found (<see cref="HtmlContentRoot"/>), its blocks become units
/// (<see cref="HtmlUnits"/>) and the shared assembler drops furniture and builds the sections from h2/h3.
/// A page with fewer than <see cref="MinWords"/> words of paragraph text has no article.
/// </summary>
internal static class HtmlArticleReader
{
    public const int MinWords = 20;

    public static Outcome<Article> Read(string html, string source)
    {
        var depth = HtmlNesting.EstimateDepth(html);
        if (depth > HtmlNesting.MaxDepth)
        {
            return Outcome<Article>.Failure(HtmlNesting.TooDeep(source));
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var doc = parser.ParseDocument(html);
        var meta = HtmlMetadata.Read(doc, source);
        HtmlJunk.Remove(doc);
        var root = HtmlContentRoot.Find(doc, source, parser, allowReadability: depth <= HtmlNesting.MaxReadabilityDepth);
        if (root is null)
        {
            return Outcome<Article>.Failure(PlainTextReader.NoArticle(source));
        }

        var assembled = ArticleAssembler.Assemble(HtmlUnits.Collect(root), new AssemblyRules(meta.Title, PlainHeadings: false));
        if (assembled.Sections.Sum(s => s.WordCount) < MinWords)
        {
            return Outcome<Article>.Failure(PlainTextReader.NoArticle(source));
        }

        return Outcome<Article>.Success(new Article(
            source, assembled.Title, assembled.Sections, meta.Url, meta.Byline ?? assembled.Byline, meta.Published ?? assembled.Published));
    }
}

using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Tests.Storage;

internal static class Samples
{
    public static (Article Article, NewsDigest Digest) Article(string title, string body = "Body text.", string? url = null)
    {
        var article = new Article($"{title}.txt", title, [new ArticleSection(0, null, ["Lead."]), new ArticleSection(1, "Costs", [body])], url, "A. Writer",
            new DateTimeOffset(2025, 5, 30, 9, 0, 0, TimeSpan.Zero), ArticleCompleteness.Teaser);
        var figure = new KeyFigure("$1.2bn", 1_200_000_000.5m, "USD", FigureKind.Money, "nearly", "the cost", "It cost nearly $1.2bn.", 1, 14, 1_300_000_000m);
        var digest = new NewsDigest(article.Source, title, "TL;DR.", ["One.", "Two."], [new SectionDigest(1, "Costs", ["It cost."])], [figure],
            new DigestProvenance(42, ArticleCompleteness.Teaser, "extractive"), url);
        return (article, digest);
    }
}

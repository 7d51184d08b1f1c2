using Bot.Chat;
using Bot.Digest.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// A teaser's full text: fetches the linked page (politely, through <see cref="HostGate"/>) with the host's
/// <see cref="IArticleFetcher"/> and keeps it only when <see cref="PageQuality"/> says it is the article. A paywall,
/// an empty page or a failed fetch keeps the teaser, with the reason (the digest says "teaser only" and why).
/// </summary>
public sealed class TeaserPages(HostGate gate, IOptions<FeedsOptions> options, ILogger<TeaserPages> logger, IArticleFetcher? fetcher = null)
{
    /// <summary>The note when no fetcher is registered (not remembered: a later run with one fetches the page).</summary>
    public const string Unavailable = "fetching pages is not available";

    /// <returns>The article to use (the page, or the teaser) and, for a teaser, why the page was not used.</returns>
    public async Task<(Article Article, string? Note)> ResolveAsync(Article teaser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teaser);
        if (teaser.Url is null || !Uri.TryCreate(teaser.Url, UriKind.Absolute, out var url))
        {
            return (teaser, "the feed gives no link to the full article");
        }

        if (fetcher is null)
        {
            return (teaser, Unavailable);
        }

        Bot.Digest.Outcome<Article> page;
        using (await gate.EnterAsync(url, cancellationToken))
        {
            page = await fetcher.FetchAsync(url, cancellationToken);
        }

        if (!page.IsSuccess || page.Value is null)
        {
            SchedulingLog.PageJudged(logger, url.IdnHost, "fetch failed");
            return (teaser, $"the page could not be fetched ({page.Error})");
        }

        var (verdict, reason) = PageQuality.Judge(page.Value, options.Value.MinPageWords);
        SchedulingLog.PageJudged(logger, url.IdnHost, verdict.ToString());
        if (verdict != PageVerdict.FullText)
        {
            return (teaser, reason);
        }

        // The feed's title and link name the story; the page gives the text (its own title often carries the site name).
        return (page.Value with
        {
            Source = teaser.Source,
            Title = teaser.Title ?? page.Value.Title,
            Url = teaser.Url,
            Published = teaser.Published ?? page.Value.Published,
            Byline = page.Value.Byline ?? teaser.Byline,
            Completeness = ArticleCompleteness.FullText,
        }, null);
    }
}

using System.Text;
using Bot.Digest.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// A teaser's full text: fetches the linked page (politely, through <see cref="HostGate"/>, with the guarded
/// <see cref="IFeedFetcher"/>), reads it with <see cref="ArticleReader"/>, and keeps it only when
/// <see cref="PageQuality"/> says it is the article. A paywall, an empty page or a failed fetch keeps the teaser, with
/// the reason (the digest says "teaser only" and why). The page's whole text is judged too, because the reader drops a
/// paywall's "subscribe to continue" as page furniture.
/// </summary>
public sealed class TeaserPages(IFeedFetcher fetcher, HostGate gate, IOptions<FeedsOptions> options, ILogger<TeaserPages> logger)
{
    /// <returns>The article to use (the page, or the teaser); for a teaser why the page was not used; and whether the
    /// page was actually fetched and judged (a failed fetch is not remembered: a later digest may try again).</returns>
    public async Task<(Article Article, string? Note, bool Judged)> ResolveAsync(Article teaser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teaser);
        if (teaser.Url is null || !Uri.TryCreate(teaser.Url, UriKind.Absolute, out var url))
        {
            return (teaser, "the feed gives no link to the full article", true);
        }

        Bot.Digest.Outcome<FeedResponse> fetched;
        using (await gate.EnterAsync(url, cancellationToken))
        {
            fetched = await fetcher.FetchAsync(new FeedRequest(url, null, null), cancellationToken);
        }

        if (!fetched.IsSuccess || fetched.Value is null || !fetched.Value.IsSuccess)
        {
            SchedulingLog.PageJudged(logger, url.IdnHost, "fetch failed");
            var why = fetched.Value is { } answer ? FormattableString.Invariant($"HTTP {answer.Status}{(answer.Reason is null ? string.Empty : " " + answer.Reason)}") : fetched.Error;
            return (teaser, $"the page could not be fetched ({why})", false);
        }

        var response = fetched.Value;
        var read = ArticleReader.Read(response.Body.Span, response.MediaType, response.FinalUrl.AbsoluteUri);
        var (verdict, reason) = PageQuality.Judge(read.IsSuccess ? read.Value : null, PageText(response), options.Value.MinPageWords);
        SchedulingLog.PageJudged(logger, url.IdnHost, verdict.ToString());
        if (verdict != PageVerdict.FullText)
        {
            return (teaser, reason, true);
        }

        // The feed's title and link name the story; the page gives the text (its own title often carries the site name).
        var page = read.Value!;
        return (page with
        {
            Source = teaser.Source,
            Title = teaser.Title ?? page.Title,
            Url = teaser.Url,
            Published = teaser.Published ?? page.Published,
            Byline = page.Byline ?? teaser.Byline,
            Completeness = ArticleCompleteness.FullText,
        }, null, true);
    }

    private static string PageText(FeedResponse response)
    {
        var text = Encoding.UTF8.GetString(response.Body.Span);
        return response.MediaType is null or "text/html" or "application/xhtml+xml" || text.TrimStart().StartsWith('<')
            ? string.Join(' ', HtmlText.Blocks(text).Select(b => b.Text))
            : text;
    }
}

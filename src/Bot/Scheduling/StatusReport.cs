using System.Globalization;
using Bot.Chat;
using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Bot.Scheduling.Digests;
using Bot.Scheduling.Feeds;
using Bot.Scheduling.Stories;

namespace Bot.Scheduling;

/// <summary>/status: each source's last fetch and state (failing, paused and how to resume), the next digest of each
/// schedule, the stories waiting with why each would or would not be in the next digest, and the last digest's report.</summary>
public sealed class StatusReport(DigestStreams streams, DigestRunner runner, IFeedStore feeds, IDeliveryLedger ledger, TimeProvider time)
{
    private const int MaxWaitingLines = 10;
    private const int MaxReportLines = 5;

    public async Task<ChatMessage> BuildAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var series = await streams.ForAsync(conversation, cancellationToken);
        var urls = series.SelectMany(s => s.FeedUrls).ToList();
        var states = (await feeds.ListAsync(urls, cancellationToken)).ToDictionary(s => s.Url, StringComparer.Ordinal);
        var preview = await runner.PreviewAsync(conversation, series, cancellationToken);
        var waiting = preview.Collected.Candidates
            .SelectMany(c => preview.Collected.Items.GetValueOrDefault(c.Key) ?? [])
            .GroupBy(i => i.FeedUrl, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.RootId).Distinct().Count(), StringComparer.Ordinal);
        var blocks = new List<MessageBlock> { new HeadingBlock($"Sources: {urls.Count}") };
        blocks.Add(urls.Count == 0
            ? new ParagraphBlock([new TextRun("No feeds followed here. /subscribe <feed-url> [schedule] adds one.")])
            : new ListBlock(urls.Select(u => Source(states.GetValueOrDefault(u) ?? new FeedState(u), waiting.GetValueOrDefault(u))).ToList()));

        var now = time.GetUtcNow();
        blocks.Add(new HeadingBlock("Next digest"));
        blocks.Add(series.Count == 0
            ? new ParagraphBlock([new TextRun("On demand with /digest-now (a schedule comes with a feed subscription).")])
            : new ListBlock(series.Select(s => Line(Next(s, now))).ToList()));

        blocks.Add(new HeadingBlock($"Stories waiting: {preview.Stories}"));
        blocks.Add(preview.Decisions.Count == 0
            ? new ParagraphBlock([new TextRun("Nothing new since the last digest.")])
            : new ListBlock(preview.Decisions.Take(MaxWaitingLines).Select(Decision).ToList()));

        var last = await ledger.LatestDeliveredAsync(conversation.Key, cancellationToken);
        var reports = series.Where(s => s.State.Report is not null).Select(s => s.State.Report!).OrderByDescending(r => r.At).ToList();
        blocks.Add(new HeadingBlock("Last digest"));
        var lines = new List<IReadOnlyList<Inline>>
        {
            Line(last?.ConfirmedAt is { } at ? $"Last post here: {Stamp(at)} ({What(last.ItemKeys)})" : "Last post here: none yet"),
        };
        if (reports.Count > 0)
        {
            lines.Add(Line($"Last run: {reports[0].Summary} ({Stamp(reports[0].At)})"));
            lines.AddRange(reports[0].Decisions.Where(d => !d.Included).Take(MaxReportLines).Select(Decision));
        }

        blocks.Add(new ListBlock(lines));
        return new ChatMessage("Status", null, blocks, "/digest-now posts the digest now · /sources lists the feeds");
    }

    private static IReadOnlyList<Inline> Source(FeedState feed, int waiting)
    {
        var kind = feed.Kind switch
        {
            FeedKind.Rss => "RSS",
            FeedKind.Atom => "Atom",
            FeedKind.JsonFeed => "JSON Feed",
            FeedKind.Page => "page",
            _ => "feed",
        };
        string state;
        if (feed.IsPaused)
        {
            state = $"PAUSED since {Stamp(feed.PausedAt!.Value)} after {Failures(feed.Failures)} in a row ({feed.PauseReason}); /subscribe {feed.Url} resumes it";
        }
        else if (feed.LastFetchAt is null)
        {
            state = "not fetched yet";
        }
        else if (feed.Failures > 0)
        {
            state = $"failing: {feed.Failures} in a row, last {Stamp(feed.LastFetchAt.Value)} ({feed.LastResult}); next try {Stamp(feed.NextFetchAt ?? feed.LastFetchAt.Value)}";
        }
        else
        {
            state = $"last fetch {Stamp(feed.LastFetchAt.Value)} ({feed.LastResult}); next {Stamp(feed.NextFetchAt ?? feed.LastFetchAt.Value)}";
        }

        return [new LinkRun(feed.Name, feed.Url), new TextRun($" — {kind}, {state}; {waiting} waiting")];
    }

    private static string Next(DigestStream stream, DateTimeOffset now)
    {
        var next = stream.Schedule.Next(now);
        var when = next is null ? "never" : stream.Schedule.Describe(next.Value);
        var last = stream.State.LastDigestAt is { } at ? $"; last digest {Stamp(at)}" : string.Empty;
        var feeds = stream.FeedUrls.Count == 1 ? "1 feed" : $"{stream.FeedUrls.Count} feeds";
        return $"{stream.Schedule.Text} ({feeds}): {when}{last}";
    }

    private static IReadOnlyList<Inline> Decision(StoryDecision decision)
    {
        var mark = decision.Included ? "✓ " : "✗ ";
        Inline title = decision.Url is null ? new TextRun(decision.Title, Bold: true) : new LinkRun(decision.Title, decision.Url);
        return [new TextRun(mark), title, new TextRun($" — {decision.Reason}")];
    }

    private static IReadOnlyList<Inline> Line(string text) => [new TextRun(text)];

    private static string Failures(int n) => n == 1 ? "1 failure" : $"{n} failures";

    /// <summary>"5 stories", or "a notice" for a post that carried none.</summary>
    private static string What(IReadOnlyList<string> itemKeys)
    {
        var stories = itemKeys.Count(k => k.StartsWith("article:", StringComparison.Ordinal));
        return stories switch
        {
            0 => "a notice",
            1 => "1 story",
            _ => $"{stories} stories",
        };
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

using Bot.Chat;
using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Scheduling.Feeds;
using Bot.Scheduling.Stories;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Digests;

/// <summary>
/// Gathers a conversation's candidate stories: the items its feeds brought since each series' last digest (at most
/// Feeds:MaxStoryAgeHours old), one candidate per story root (the same URL or text from several feeds is one story,
/// listing each feed as a source), plus, on the platforms of Feeds:StoredArticlesPlatforms, the stored articles that
/// came from no feed. Anything already claimed or delivered in the conversation is left out (and said so).
/// </summary>
public sealed class StoryCollector(IFeedStore feeds, IArticleStore articles, IDeliveryLedger ledger, IOptions<FeedsOptions> options, TimeProvider time)
{
    private const int StoredWindow = 200;

    public async Task<CollectedStories> CollectAsync(Conversation conversation, IReadOnlyList<DigestStream> streams, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(streams);
        var now = time.GetUtcNow();
        var settings = options.Value;
        var oldest = now - settings.MaxStoryAge;
        var items = new List<StoredFeedItem>();
        foreach (var stream in streams)
        {
            var since = stream.State.LastDigestAt is { } last && last > oldest ? last : oldest;
            items.AddRange(await feeds.ItemsSinceAsync(stream.FeedUrls, since, cancellationToken));
        }

        var names = (await feeds.ListAsync(items.Select(i => i.FeedUrl).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
            .ToDictionary(f => f.Url, f => f.Name, StringComparer.Ordinal);
        var candidates = new List<StoryCandidate>();
        var groups = new Dictionary<string, IReadOnlyList<StoredFeedItem>>(StringComparer.Ordinal);
        foreach (var root in items.GroupBy(i => i.RootId))
        {
            var members = root.OrderBy(i => i.Article.Completeness).ThenByDescending(i => i.Article.WordCount).ThenBy(i => i.Id).ToList();
            var face = members[0];
            var sources = members.Select(i => new StoryLink(names.GetValueOrDefault(i.FeedUrl, i.FeedUrl), i.Article.Url))
                .DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
            var key = ItemKey(root.Key);
            groups[key] = members;
            candidates.Add(new StoryCandidate(key, face.Article, members.Min(i => i.FirstSeenAt), sources, null, face.Note));
        }

        if (settings.IncludesStoredArticles(conversation.Platform))
        {
            var recent = await articles.RecentAsync(StoredWindow, cancellationToken);
            var fromFeeds = await feeds.FeedArticleIdsAsync(recent.Select(a => a.Id).ToList(), cancellationToken);
            candidates.AddRange(recent.Where(a => !fromFeeds.Contains(a.Id))
                .Select(a => new StoryCandidate(a.ItemKey, a.Article, a.AddedAt, [], a.Digest.Figures.Count)));
        }

        var taken = await ledger.TakenAsync(conversation.Key, candidates.Select(c => c.Key).ToList(), cancellationToken);
        var decisions = candidates.Where(c => taken.Contains(c.Key) && c.Key.StartsWith(ItemPrefix, StringComparison.Ordinal))
            .Select(c => new StoryDecision(c.Title, c.Article.Url, false, "already in an earlier digest here"))
            .ToList();
        return new CollectedStories(candidates.Where(c => !taken.Contains(c.Key)).ToList(), groups, decisions, await RecentAsync(conversation, cancellationToken));
    }

    public const string ItemPrefix = "item:";

    public static string ItemKey(long rootId) => FormattableString.Invariant($"{ItemPrefix}{rootId}");

    /// <summary>The word sets of the stories in the conversation's last delivered digest (repeats of them are dropped).</summary>
    private async Task<IReadOnlyList<IReadOnlySet<string>>> RecentAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var last = await ledger.LatestDeliveredAsync(conversation.Key, cancellationToken);
        var sets = new List<IReadOnlySet<string>>();
        foreach (var key in last?.ItemKeys ?? [])
        {
            if (key.StartsWith("article:", StringComparison.Ordinal) && long.TryParse(key.AsSpan(8), System.Globalization.CultureInfo.InvariantCulture, out var id)
                && await articles.GetAsync(id, cancellationToken) is { } article)
            {
                sets.Add(StoryWords.Of(article.Article));
            }
        }

        return sets;
    }
}

/// <summary>Candidates (not yet delivered here), the feed items behind each "item:" candidate, decisions about the
/// ones left out, and the word sets of the last digest's stories.</summary>
public sealed record CollectedStories(
    IReadOnlyList<StoryCandidate> Candidates,
    IReadOnlyDictionary<string, IReadOnlyList<StoredFeedItem>> Items,
    IReadOnlyList<StoryDecision> Decisions,
    IReadOnlyList<IReadOnlySet<string>> Recent);

using System.Collections.Concurrent;
using Bot.Chat;
using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Scheduling.Feeds;
using Bot.Scheduling.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Digests;

/// <summary>
/// Builds and posts a conversation's digest: refresh stale feeds → collect new stories → merge near-duplicates and rank
/// (<see cref="StoryRanker"/>) → for the top Feeds:StoriesPerDigest, fetch a teaser's page, skip a story with no usable
/// text, digest and store the article → ONE message through the delivery ledger (claim → post → confirm) whose item
/// keys are the slot and every story, so a restart never posts a slot or a story twice. Runs of one conversation are
/// serialised. A scheduled slot already claimed (by /digest-now) posts nothing.
/// </summary>
public sealed class DigestRunner(
    StoryCollector collector,
    StoryPreparer preparer,
    FeedPoller poller,
    IDeliveryLedger ledger,
    DeliveryService deliveries,
    IConversationStore conversations,
    IDigestStateStore states,
    IEnumerable<IChatPlatform> platforms,
    IOptions<FeedsOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    public const string DailyHeading = DigestMessages.DailyHeading;
    public const string CatchUpHeading = "Since you last heard from me";

    private const int Spare = 5;
    private const int MaxDecisions = 40;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly HashSet<string> running = platforms.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The scheduled digest of one series at <paramref name="slot"/> (a catch-up after missed slots says so).</summary>
    public async Task<DigestRunResult> RunSlotAsync(DigestStream stream, DateTimeOffset slot, bool catchUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var conversation = stream.Conversation;
        var gate = gates.GetOrAdd(conversation.Key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var trigger = (catchUp ? "catch-up " : "slot ") + stream.Schedule.Describe(slot);
            DigestRunResult result;
            var slotKey = stream.SlotKey(slot);
            if (!running.Contains(conversation.Platform))
            {
                result = new DigestRunResult(DigestRunKind.Failed, 0, 0, [], $"the {conversation.Platform} platform is not running");
            }
            else if ((await ledger.TakenAsync(conversation.Key, [slotKey], cancellationToken)).Count > 0)
            {
                SchedulingLog.SlotCovered(logger, conversation.Key, slot);
                result = new DigestRunResult(DigestRunKind.Covered, 0, 0, []);
            }
            else
            {
                result = await BuildAndPostAsync(conversation, [stream], [slotKey], catchUp ? CatchUpHeading : DailyHeading, trigger, cancellationToken);
            }

            var now = time.GetUtcNow();
            await states.SaveAsync(stream.State with
            {
                LastSlot = slot,
                LastDigestAt = result.Claimed ? now : stream.State.LastDigestAt,
                Report = new DigestReport(now, $"{trigger}: {Summary(result)}", result.Decisions.Take(MaxDecisions).ToList()),
            }, cancellationToken);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>/digest-now: every series of the conversation at once. It stands in for each series' nearest slot:
    /// the coming one (so /digest-now at 07:50 replaces the 08:00 digest) or a past one not yet delivered.</summary>
    public async Task<DigestRunResult> RunNowAsync(Conversation conversation, IReadOnlyList<DigestStream> streams, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(streams);
        var gate = gates.GetOrAdd(conversation.Key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var slots = new Dictionary<DigestStream, DateTimeOffset>();
            foreach (var stream in streams)
            {
                if (NearestOpenSlot(stream, now) is { } slot)
                {
                    slots[stream] = slot;
                }
            }

            var slotKeys = slots.Select(s => s.Key.SlotKey(s.Value)).ToList();
            var taken = await ledger.TakenAsync(conversation.Key, slotKeys, cancellationToken);
            foreach (var (stream, slot) in slots.Where(s => taken.Contains(s.Key.SlotKey(s.Value))).ToList())
            {
                slots.Remove(stream);
            }

            var result = await BuildAndPostAsync(conversation, streams, slots.Select(s => s.Key.SlotKey(s.Value)).ToList(), DailyHeading, "/digest-now", cancellationToken);
            now = time.GetUtcNow();
            foreach (var stream in streams)
            {
                var covered = slots.TryGetValue(stream, out var slot) && slot <= now && slot > stream.State.LastSlot ? slot : stream.State.LastSlot;
                await states.SaveAsync(stream.State with
                {
                    LastSlot = result.Claimed ? covered : stream.State.LastSlot,
                    LastDigestAt = result.Claimed ? now : stream.State.LastDigestAt,
                    Report = new DigestReport(now, $"/digest-now: {Summary(result)}", result.Decisions.Take(MaxDecisions).ToList()),
                }, cancellationToken);
            }

            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>/status: what the next digest would hold now, and why (no fetching, no storing, no posting).</summary>
    public async Task<DigestPreview> PreviewAsync(Conversation conversation, IReadOnlyList<DigestStream> streams, CancellationToken cancellationToken)
    {
        var collected = await collector.CollectAsync(conversation, streams, cancellationToken);
        var size = options.Value.StoriesPerDigest;
        var ranking = Ranker().Rank(collected.Candidates, collected.Recent, time.GetUtcNow(), size + Spare);
        var decisions = new List<StoryDecision>();
        for (var i = 0; i < ranking.Stories.Count; i++)
        {
            var story = ranking.Stories[i];
            var teaser = story.Representative.IsTeaser ? " (a teaser: its page is checked when posting)" : string.Empty;
            decisions.Add(i < size
                ? new StoryDecision(story.Representative.Title, story.Representative.Article.Url, true, $"would be story {i + 1}{teaser}; {story.Why}")
                : new StoryDecision(story.Representative.Title, story.Representative.Article.Url, false, $"ranked {i + 1}, below the top {size}; {story.Why}"));
        }

        decisions.AddRange(ranking.Decisions);
        decisions.AddRange(collected.Decisions);
        return new DigestPreview(collected, ranking.Stories.Count, decisions);
    }

    /// <summary>The slot /digest-now stands in for: the nearer of the last and the next slot; a past one only while it
    /// is not yet handled.</summary>
    internal static DateTimeOffset? NearestOpenSlot(DigestStream stream, DateTimeOffset now)
    {
        var previous = stream.Schedule.Latest(now);
        var next = stream.Schedule.Next(now);
        if (previous is { } p && (next is null || now - p <= next.Value - now))
        {
            return p > stream.State.LastSlot ? p : null;
        }

        return next;
    }

    private async Task<DigestRunResult> BuildAndPostAsync(
        Conversation conversation, IReadOnlyList<DigestStream> streams, IReadOnlyList<string> slotKeys, string heading, string trigger, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await poller.RefreshAsync(streams.SelectMany(s => s.FeedUrls).ToList(), settings.Freshness, cancellationToken);
        var collected = await collector.CollectAsync(conversation, streams, cancellationToken);
        var ranking = Ranker().Rank(collected.Candidates, collected.Recent, time.GetUtcNow(), settings.StoriesPerDigest + Spare);
        var decisions = new List<StoryDecision>();
        var chosen = new List<(RankedStory Story, StoredArticle Stored, string? Note)>();
        for (var i = 0; i < ranking.Stories.Count; i++)
        {
            var story = ranking.Stories[i];
            var face = story.Representative;
            if (chosen.Count == settings.StoriesPerDigest)
            {
                decisions.Add(new StoryDecision(face.Title, face.Article.Url, false, $"ranked {i + 1}, below the top {settings.StoriesPerDigest}; {story.Why}"));
                continue;
            }

            var (stored, note, skipped) = await preparer.PrepareAsync(story, collected, cancellationToken);
            if (stored is null)
            {
                decisions.Add(new StoryDecision(face.Title, face.Article.Url, false, skipped ?? "skipped"));
                continue;
            }

            if ((await ledger.TakenAsync(conversation.Key, [stored.ItemKey], cancellationToken)).Count > 0 || chosen.Any(c => c.Stored.Id == stored.Id))
            {
                decisions.Add(new StoryDecision(face.Title, face.Article.Url, false, "its text was already posted here"));
                continue;
            }

            chosen.Add((story, stored, note));
            decisions.Add(new StoryDecision(face.Title, face.Article.Url, true, $"story {chosen.Count}; {story.Why}{(note is null ? string.Empty : "; " + note)}"));
        }

        decisions.AddRange(ranking.Decisions);
        decisions.AddRange(collected.Decisions);
        var candidates = ranking.Stories.Count;
        if (chosen.Count == 0)
        {
            SchedulingLog.DigestEmpty(logger, conversation.Key, trigger);
            return new DigestRunResult(DigestRunKind.Empty, 0, candidates, decisions);
        }

        var message = DigestMessages.Daily(chosen.Select(c => new DailyStory(c.Stored.Digest, c.Story.Sources.Skip(1).ToList(), c.Note)).ToList(), heading);
        var keys = slotKeys.Concat(chosen.SelectMany(c => c.Story.Keys.Append(c.Stored.ItemKey))).Distinct(StringComparer.Ordinal).ToList();
        var outcome = await deliveries.DeliverAsync(conversation, keys, message, cancellationToken);
        if (outcome.Kind == DeliveryOutcomeKind.AlreadyTaken)
        {
            SchedulingLog.DigestFailed(logger, conversation.Key, trigger, "already being posted");
            return new DigestRunResult(DigestRunKind.AlreadyTaken, 0, candidates, decisions, "a digest with these stories is already being posted here");
        }

        if (outcome.Kind == DeliveryOutcomeKind.Failed && outcome.Claim is null)
        {
            SchedulingLog.DigestFailed(logger, conversation.Key, trigger, FeedUrls.ForLog(outcome.Problem ?? "unknown"));
            return new DigestRunResult(DigestRunKind.Failed, 0, candidates, decisions, outcome.Problem);
        }

        // Numbered follow-ups (/summary 2) refer to this digest from now on, even if posting is retried later.
        await conversations.SetDailyDigestAsync(conversation, chosen.Select(c => c.Stored.Id).ToList(), cancellationToken);
        SchedulingLog.DigestPosted(logger, conversation.Key, trigger, chosen.Count, candidates);
        return outcome.Kind == DeliveryOutcomeKind.Delivered
            ? new DigestRunResult(DigestRunKind.Posted, chosen.Count, candidates, decisions)
            : new DigestRunResult(DigestRunKind.Pending, chosen.Count, candidates, decisions, outcome.Problem);
    }

    private StoryRanker Ranker() => new(options.Value.ClusterSimilarity);

    private static string Summary(DigestRunResult result) => result.Kind switch
    {
        DigestRunKind.Posted => FormattableString.Invariant($"posted {result.Stories} of {result.Candidates} new stories"),
        DigestRunKind.Pending => FormattableString.Invariant($"{result.Stories} stories claimed; posting is retried ({result.Problem})"),
        DigestRunKind.Empty => "nothing new",
        DigestRunKind.Covered => "already delivered by /digest-now",
        DigestRunKind.AlreadyTaken => "these stories were being posted by another run",
        _ => $"not posted: {result.Problem}",
    };
}

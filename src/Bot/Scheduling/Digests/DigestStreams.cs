using System.Collections.Concurrent;
using Bot.Chat;
using Bot.Chat.Stores;
using Bot.Digest;
using Bot.Scheduling.Schedules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Digests;

/// <summary>Turns subscriptions into digest series: grouped by conversation and (normalised) schedule, each with its
/// stored progress, or a fresh one whose last slot is the one before its oldest subscription.</summary>
public sealed class DigestStreams(ISubscriptionStore subscriptions, IDigestStateStore states, IOptions<FeedsOptions> options, ILogger<DigestStreams> logger)
{
    // Parsed once per distinct schedule text (the scheduler asks every tick).
    private readonly ConcurrentDictionary<string, Outcome<DigestSchedule>> parsed = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<DigestStream>> AllAsync(CancellationToken cancellationToken)
    {
        var all = await subscriptions.ListAllAsync(cancellationToken);
        var result = new List<DigestStream>();
        foreach (var group in all.GroupBy(s => s.Conversation.Key, StringComparer.Ordinal))
        {
            result.AddRange(await BuildAsync(group.First().Conversation, group.ToList(), cancellationToken));
        }

        return result;
    }

    public async Task<IReadOnlyList<DigestStream>> ForAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return await BuildAsync(conversation, await subscriptions.ListAsync(conversation.Key, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<DigestStream>> BuildAsync(Conversation conversation, IReadOnlyList<Subscription> list, CancellationToken cancellationToken)
    {
        if (list.Count == 0)
        {
            return [];
        }

        var saved = (await states.ListAsync(conversation.Key, cancellationToken)).ToDictionary(s => s.Schedule, StringComparer.Ordinal);
        var streams = new List<DigestStream>();
        foreach (var group in list.Select(s => (Subscription: s, Schedule: Schedule(s))).GroupBy(x => x.Schedule.Text, StringComparer.Ordinal))
        {
            var schedule = group.First().Schedule;
            var created = group.Min(x => x.Subscription.CreatedAt);
            var state = saved.GetValueOrDefault(schedule.Text)
                ?? new DigestState(conversation.Key, schedule.Text, schedule.Latest(created) ?? created, null, null);
            streams.Add(new DigestStream(conversation, schedule, group.Select(x => x.Subscription.FeedUrl).ToList(), state, created));
        }

        return streams;
    }

    private Outcome<DigestSchedule> Parse(string text) => parsed.GetOrAdd(text, t => ScheduleParser.Read(t, TimeSpan.FromMinutes(1)));

    private DigestSchedule Schedule(Subscription subscription)
    {
        // Stored schedules were checked when subscribed; only a zone that has since vanished can fail here.
        var text = subscription.Schedule ?? options.Value.DefaultSchedule;
        var schedule = Parse(text);
        if (schedule.IsSuccess)
        {
            return schedule.Value!;
        }

        SchedulingLog.ScheduleInvalid(logger, text, subscription.Conversation.Key, schedule.Error!);
        return Parse(options.Value.DefaultSchedule).Value!;
    }
}

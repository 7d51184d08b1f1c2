using Cronos;

namespace Bot.Scheduling.Schedules;

/// <summary>
/// When a channel's digest is due: a cron expression evaluated in an IANA time zone, so "08:00 Europe/Berlin" stays
/// 08:00 on the wall clock across daylight-saving changes (Cronos does the zone arithmetic).
/// </summary>
/// <param name="Text">The normalised form stored with the subscription ("daily 08:00 Europe/Berlin").</param>
public sealed record DigestSchedule(string Text, CronExpression Cron, TimeZoneInfo Zone)
{
    /// <summary>The first slot strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => Cron.GetNextOccurrence(after, Zone, inclusive: false);

    /// <summary>The latest slot at or before <paramref name="at"/> (the slot a run at that moment is for).</summary>
    public DateTimeOffset? Latest(DateTimeOffset at) => Cron.GetPreviousOccurrence(at, Zone, inclusive: true);

    /// <summary>"2026-03-30 08:00 (Europe/Berlin, 06:00 UTC)": the slot on the schedule's own wall clock.</summary>
    public string Describe(DateTimeOffset slot)
    {
        var local = TimeZoneInfo.ConvertTime(slot, Zone);
        var utc = slot.ToUniversalTime();
        var zone = Zone == TimeZoneInfo.Utc ? "UTC" : FormattableString.Invariant($"{Zone.Id}, {utc:HH:mm} UTC");
        return FormattableString.Invariant($"{local:yyyy-MM-dd HH:mm} ({zone})");
    }
}

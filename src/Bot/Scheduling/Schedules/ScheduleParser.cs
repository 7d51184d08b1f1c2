using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Chat.Stores;
using Bot.Digest;
using Cronos;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Schedules;

/// <summary>
/// The schedules /subscribe accepts (case-insensitive), each with an optional IANA time zone (UTC when left out):
/// <c>daily 08:00 Europe/Berlin</c>, <c>weekdays 09:30 America/New_York</c>, <c>weekends 10:00</c>,
/// <c>mon,wed,fri 07:15 Asia/Tokyo</c>, or a five-field cron expression (minute hour day month weekday), optionally
/// after the word <c>cron</c>: <c>0 8 * * 1-5 Europe/Berlin</c>. The stored text is normalised
/// (<c>daily 08:00 Europe/Berlin</c>, <c>cron 0 8 * * 1-5 Europe/Berlin</c>). Schedules firing more often than
/// Feeds:MinScheduleIntervalMinutes, or never, are refused.
/// </summary>
public sealed partial class ScheduleParser(IOptions<FeedsOptions> options) : IScheduleParser
{
    public const string Accepted =
        "Accepted: daily HH:MM [zone] · weekdays HH:MM [zone] · weekends HH:MM [zone] · mon,wed,fri HH:MM [zone] · " +
        "a cron expression (minute hour day month weekday) [zone], e.g. 0 8 * * 1-5 Europe/Berlin. " +
        "The zone is an IANA name such as Europe/Berlin or America/New_York (UTC when left out).";

    private const int MaxLength = 100;

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    // A fixed reference, so the minimum-interval check gives the same answer on every run.
    private static readonly DateTimeOffset Reference = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Outcome<string> Parse(string text)
    {
        var schedule = Read(text, TimeSpan.FromMinutes(options.Value.MinScheduleIntervalMinutes));
        return schedule.IsSuccess ? Outcome<string>.Success(schedule.Value!.Text) : Outcome<string>.Failure(schedule.Error!);
    }

    /// <summary>Parses a stored or typed schedule; failures carry a message listing the accepted forms.</summary>
    public static Outcome<DigestSchedule> Read(string text, TimeSpan minInterval)
    {
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shown = string.Join(' ', words);
        if (words.Length == 0)
        {
            return Fail("The schedule is empty.");
        }

        if (shown.Length > MaxLength || shown.Any(char.IsControl))
        {
            return Fail($"A schedule is one line of at most {MaxLength} characters.");
        }

        var first = words[0].ToLowerInvariant();
        return first == "cron" || words.Length >= 5 ? Cron(first == "cron" ? words[1..] : words, shown, minInterval) : Simple(words, shown, minInterval);
    }

    private static Outcome<DigestSchedule> Simple(string[] words, string shown, TimeSpan minInterval)
    {
        if (words.Length is < 2 or > 3)
        {
            return Fail($"“{shown}” is not a schedule I understand.");
        }

        var days = Days(words[0].ToLowerInvariant());
        if (days is null && !TimeOfDay().IsMatch(words[1]))
        {
            return Fail($"“{shown}” is not a schedule I understand.");
        }

        if (days is null)
        {
            return Fail($"“{words[0]}” is not daily, weekdays, weekends or a list of days such as mon,wed,fri.");
        }

        var time = TimeOfDay().Match(words[1]);
        if (!time.Success)
        {
            return Fail($"“{words[1]}” is not a time of day; write it as HH:MM on a 24-hour clock, e.g. 08:00 or 17:30.");
        }

        var zone = Zone(words.Length == 3 ? words[2] : "UTC");
        if (zone is null)
        {
            return Fail($"“{words[2]}” is not a time zone I know; use an IANA name such as Europe/Berlin, America/New_York or UTC.");
        }

        var hour = int.Parse(time.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups[2].Value, CultureInfo.InvariantCulture);
        var cron = CronExpression.Parse(FormattableString.Invariant($"{minute} {hour} * * {days.Value.Cron}"));
        var text = FormattableString.Invariant($"{days.Value.Name} {hour:00}:{minute:00} {zone.Id}");
        return Check(new DigestSchedule(text, cron, zone), minInterval);
    }

    private static Outcome<DigestSchedule> Cron(string[] words, string shown, TimeSpan minInterval)
    {
        if (words.Length is < 5 or > 6)
        {
            return Fail($"“{shown}” is not a schedule I understand: a cron expression has five fields (minute hour day month weekday), then an optional zone.");
        }

        var expression = string.Join(' ', words[..5]);
        if (!CronExpression.TryParse(expression, CronFormat.Standard, out var cron))
        {
            return Fail($"“{expression}” is not a valid cron expression (minute hour day month weekday).");
        }

        var zone = Zone(words.Length == 6 ? words[5] : "UTC");
        if (zone is null)
        {
            return Fail($"“{words[5]}” is not a time zone I know; use an IANA name such as Europe/Berlin, America/New_York or UTC.");
        }

        return Check(new DigestSchedule($"cron {expression} {zone.Id}", cron, zone), minInterval);
    }

    /// <summary>Refuses schedules that never fire or fire more often than the minimum interval.</summary>
    private static Outcome<DigestSchedule> Check(DigestSchedule schedule, TimeSpan minInterval)
    {
        var previous = schedule.Next(Reference);
        if (previous is null)
        {
            return Fail($"“{schedule.Text}” never happens.");
        }

        for (var i = 0; i < 200; i++)
        {
            var next = schedule.Next(previous.Value);
            if (next is null)
            {
                break;
            }

            if (next.Value - previous.Value < minInterval)
            {
                return Fail(FormattableString.Invariant($"“{schedule.Text}” would post every {(next.Value - previous.Value).TotalMinutes:0} minutes; digests come at most every {minInterval.TotalMinutes:0} minutes."));
            }

            previous = next;
        }

        return Outcome<DigestSchedule>.Success(schedule);
    }

    private static (string Name, string Cron)? Days(string word)
    {
        switch (word)
        {
            case "daily":
                return ("daily", "*");
            case "weekdays":
                return ("weekdays", "1-5");
            case "weekends":
                return ("weekends", "0,6");
        }

        var numbers = new SortedSet<int>();
        foreach (var part in word.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var index = Array.FindIndex(DayNames, d => part.Length >= 3 && (part == d || FullDayName(d).StartsWith(part, StringComparison.Ordinal)));
            if (index < 0)
            {
                return null;
            }

            numbers.Add(index);
        }

        if (numbers.Count == 0)
        {
            return null;
        }

        // Monday first in the stored text, as people write it.
        var ordered = numbers.OrderBy(n => (n + 6) % 7).ToList();
        return (string.Join(',', ordered.Select(n => DayNames[n])), string.Join(',', ordered.Select(n => n.ToString(CultureInfo.InvariantCulture))));
    }

    private static string FullDayName(string shortName) => shortName switch
    {
        "sun" => "sunday",
        "mon" => "monday",
        "tue" => "tuesday",
        "wed" => "wednesday",
        "thu" => "thursday",
        "fri" => "friday",
        _ => "saturday",
    };

    /// <summary>An IANA zone by name (case-insensitive), or UTC; null when unknown or not a plausible zone name.</summary>
    internal static TimeZoneInfo? Zone(string name)
    {
        if (name.Equals("UTC", StringComparison.OrdinalIgnoreCase) || name.Equals("GMT", StringComparison.OrdinalIgnoreCase) || name == "Z")
        {
            return TimeZoneInfo.Utc;
        }

        if (name.Length > 64 || name.Contains("..", StringComparison.Ordinal) || !ZoneName().IsMatch(name))
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => z.Id.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    private static Outcome<DigestSchedule> Fail(string problem) => Outcome<DigestSchedule>.Failure($"{problem} {Accepted}");

    [GeneratedRegex(@"^([01]?\d|2[0-3]):([0-5]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneName();
}

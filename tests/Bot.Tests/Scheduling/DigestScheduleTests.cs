using Bot.Scheduling.Schedules;

namespace Bot.Tests.Scheduling;

/// <summary>Slots across daylight-saving changes. The expected UTC times were checked with the system zone database
/// (<c>date -u -d 'TZ="Europe/Berlin" 2026-03-29 08:00'</c> → 06:00): Europe/Berlin moves to summer time on Sunday
/// 29 March 2026 and back on Sunday 25 October 2026; America/New_York on Sunday 8 March 2026.</summary>
public sealed class DigestScheduleTests
{
    [Fact]
    public void Daily0800Berlin_AcrossTheMarch2026Change_StaysAt0800LocalTime()
    {
        var schedule = Read("daily 08:00 Europe/Berlin");

        var slots = Slots(schedule, Utc(2026, 3, 27, 12, 0), 4);

        Assert.Equal([Utc(2026, 3, 28, 7, 0), Utc(2026, 3, 29, 6, 0), Utc(2026, 3, 30, 6, 0), Utc(2026, 3, 31, 6, 0)], slots);
    }

    [Fact]
    public void Daily0800Berlin_AcrossTheOctober2026Change_StaysAt0800LocalTime()
    {
        var schedule = Read("daily 08:00 Europe/Berlin");

        var slots = Slots(schedule, Utc(2026, 10, 23, 12, 0), 3);

        Assert.Equal([Utc(2026, 10, 24, 6, 0), Utc(2026, 10, 25, 7, 0), Utc(2026, 10, 26, 7, 0)], slots);
    }

    [Fact]
    public void Weekdays0930NewYork_SkipsTheWeekendAndFollowsTheClockChange()
    {
        var schedule = Read("weekdays 09:30 America/New_York");

        var slots = Slots(schedule, Utc(2026, 3, 5, 20, 0), 3);

        Assert.Equal([Utc(2026, 3, 6, 14, 30), Utc(2026, 3, 9, 13, 30), Utc(2026, 3, 10, 13, 30)], slots);
    }

    [Fact]
    public void Latest_IsInclusiveOfTheSlotItself()
    {
        var schedule = Read("daily 08:00 Europe/Berlin");

        Assert.Equal(Utc(2026, 3, 29, 6, 0), schedule.Latest(Utc(2026, 3, 29, 6, 0)));
        Assert.Equal(Utc(2026, 3, 28, 7, 0), schedule.Latest(Utc(2026, 3, 29, 5, 59)));
    }

    [Fact]
    public void Describe_ShowsLocalWallClockAndUtc()
    {
        var schedule = Read("daily 08:00 Europe/Berlin");

        Assert.Equal("2026-03-29 08:00 (Europe/Berlin, 06:00 UTC)", schedule.Describe(Utc(2026, 3, 29, 6, 0)));
        Assert.Equal("2026-03-29 08:00 (UTC)", Read("daily 08:00").Describe(Utc(2026, 3, 29, 8, 0)));
    }

    private static DigestSchedule Read(string text) => ScheduleParser.Read(text, TimeSpan.FromMinutes(60)).Value!;

    private static List<DateTimeOffset> Slots(DigestSchedule schedule, DateTimeOffset from, int count)
    {
        var slots = new List<DateTimeOffset>();
        var at = from;
        for (var i = 0; i < count; i++)
        {
            at = schedule.Next(at)!.Value;
            slots.Add(at);
        }

        return slots;
    }

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.Zero);
}

using Bot.Scheduling;
using Bot.Scheduling.Schedules;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Scheduling;

public sealed class ScheduleParserTests
{
    private static readonly ScheduleParser Parser = new(Options.Create(new FeedsOptions()));

    [Theory]
    [InlineData("daily 08:00 Europe/Berlin", "daily 08:00 Europe/Berlin")]
    [InlineData("  DAILY   8:05  europe/berlin ", "daily 08:05 Europe/Berlin")]
    [InlineData("weekdays 09:30 America/New_York", "weekdays 09:30 America/New_York")]
    [InlineData("weekends 10:00", "weekends 10:00 UTC")]
    [InlineData("fri,mon,wed 07:15 Asia/Tokyo", "mon,wed,fri 07:15 Asia/Tokyo")]
    [InlineData("monday,sunday 23:59 UTC", "mon,sun 23:59 UTC")]
    [InlineData("0 8 * * 1-5 Europe/Berlin", "cron 0 8 * * 1-5 Europe/Berlin")]
    [InlineData("cron 30 6 * * *", "cron 30 6 * * * UTC")]
    [InlineData("0 */2 * * *", "cron 0 */2 * * * UTC")]
    public void Parse_AcceptedForms_AreNormalised(string typed, string stored)
    {
        var parsed = Parser.Parse(typed);

        Assert.True(parsed.IsSuccess, parsed.Error);
        Assert.Equal(stored, parsed.Value);
    }

    [Theory]
    [InlineData("every morning please", "“every morning please” is not a schedule I understand.")]
    [InlineData("every morning", "“every morning” is not a schedule I understand.")]
    [InlineData("every 08:00", "“every” is not daily, weekdays, weekends or a list of days such as mon,wed,fri.")]
    [InlineData("daily 25:00 UTC", "“25:00” is not a time of day")]
    [InlineData("daily 8am", "“8am” is not a time of day")]
    [InlineData("fortnightly 08:00", "“fortnightly” is not daily, weekdays, weekends")]
    [InlineData("daily 08:00 Mars/Olympus", "“Mars/Olympus” is not a time zone I know")]
    [InlineData("daily 08:00 ../../etc/passwd", "is not a time zone I know")]
    [InlineData("0 8 * * 9 UTC", "“0 8 * * 9” is not a valid cron expression")]
    [InlineData("*/5 * * * *", "would post every 5 minutes; digests come at most every 60 minutes")]
    [InlineData("0 0 30 2 *", "never happens")]
    [InlineData("", "The schedule is empty.")]
    public void Parse_BadSchedule_SaysWhyAndListsTheAcceptedForms(string typed, string problem)
    {
        var parsed = Parser.Parse(typed);

        Assert.False(parsed.IsSuccess);
        Assert.Contains(problem, parsed.Error, StringComparison.Ordinal);
        Assert.Contains("Accepted: daily HH:MM [zone] · weekdays HH:MM [zone]", parsed.Error, StringComparison.Ordinal);
        Assert.Contains("e.g. 0 8 * * 1-5 Europe/Berlin", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_IsRefused()
    {
        Assert.Contains("at most 100 characters", Parser.Parse("daily 08:00 " + new string('x', 100)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MinimumInterval_ComesFromTheOptions()
    {
        var strict = new ScheduleParser(Options.Create(new FeedsOptions { MinScheduleIntervalMinutes = 180 }));

        Assert.False(strict.Parse("0 */2 * * *").IsSuccess);
        Assert.True(strict.Parse("0 */3 * * *").IsSuccess);
    }
}

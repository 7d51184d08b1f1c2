using System.Globalization;
using Bot.Scheduling.Schedules;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling;

/// <summary>Every problem at once, each naming its key.</summary>
public sealed class FeedsOptionsValidator : IValidateOptions<FeedsOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        Range(problems, options.StoriesPerDigest, 1, 25, nameof(options.StoriesPerDigest));
        Range(problems, options.PollMinutes, 1, 1440, nameof(options.PollMinutes));
        Range(problems, options.MaxConcurrentFetches, 1, 64, nameof(options.MaxConcurrentFetches));
        Range(problems, options.PerHostConcurrency, 1, 2, nameof(options.PerHostConcurrency));
        Range(problems, options.HostSpacingMilliseconds, 0, 60_000, nameof(options.HostSpacingMilliseconds));
        Range(problems, options.PauseAfterFailures, 1, 100, nameof(options.PauseAfterFailures));
        Range(problems, options.BackoffMaxMinutes, 1, 10_080, nameof(options.BackoffMaxMinutes));
        Range(problems, options.MinScheduleIntervalMinutes, 1, 1440, nameof(options.MinScheduleIntervalMinutes));
        Range(problems, options.FullTextWords, 1, 10_000, nameof(options.FullTextWords));
        Range(problems, options.MinPageWords, 1, 10_000, nameof(options.MinPageWords));
        Range(problems, options.MaxStoryAgeHours, 1, 24 * 90, nameof(options.MaxStoryAgeHours));
        Range(problems, options.FreshnessMinutes, 0, 1440, nameof(options.FreshnessMinutes));
        Range(problems, options.TickSeconds, 1, 3600, nameof(options.TickSeconds));
        Range(problems, options.MaxItemsPerFeed, 1, 10_000, nameof(options.MaxItemsPerFeed));
        if (double.IsNaN(options.ClusterSimilarity) || options.ClusterSimilarity < 0.2 || options.ClusterSimilarity > 0.95)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{FeedsOptions.Section}:ClusterSimilarity is {options.ClusterSimilarity}; it must be between 0.2 and 0.95."));
        }

        var schedule = ScheduleParser.Read(options.DefaultSchedule ?? string.Empty, TimeSpan.FromMinutes(Math.Max(1, options.MinScheduleIntervalMinutes)));
        if (!schedule.IsSuccess)
        {
            problems.Add($"{FeedsOptions.Section}:DefaultSchedule \"{options.DefaultSchedule}\" is not a schedule: {schedule.Error}");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Range(List<string> problems, int value, int min, int max, string key)
    {
        if (value < min || value > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{FeedsOptions.Section}:{key} is {value}; it must be between {min} and {max}."));
        }
    }
}

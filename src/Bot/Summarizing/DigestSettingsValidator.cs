using Microsoft.Extensions.Options;

namespace Bot.Summarizing;

/// <summary>Every out-of-range value at once, each naming its key and the accepted range.</summary>
public sealed class DigestSettingsValidator : IValidateOptions<DigestSettings>
{
    // Bullets matches the CLI's --bullets range; a chat message with more stops being a digest.
    public const int MaxBullets = 10;
    public const int MaxSectionBullets = 3;
    public const int MaxTopFigures = 20;

    public ValidateOptionsResult Validate(string? name, DigestSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Range(failures, nameof(DigestSettings.Bullets), options.Bullets, 1, MaxBullets);
        Range(failures, nameof(DigestSettings.SectionBullets), options.SectionBullets, 1, MaxSectionBullets);
        Range(failures, nameof(DigestSettings.TopFigures), options.TopFigures, 1, MaxTopFigures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{DigestSettings.Section}:{key} is {value}; use {min}–{max}.");
        }
    }
}

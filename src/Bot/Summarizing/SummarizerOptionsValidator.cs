using Microsoft.Extensions.Options;

namespace Bot.Summarizing;

/// <summary>Every problem at once, each naming its key. Messages never contain the API key.</summary>
public sealed class SummarizerOptionsValidator : IValidateOptions<SummarizerOptions>
{
    public ValidateOptionsResult Validate(string? name, SummarizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.UsesModel && !string.Equals(options.Provider, SummarizerOptions.Extractive, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Summarizer:Provider \"{options.Provider}\" is unknown; use \"extractive\" (the default) or \"openai\".");
        }

        if (options.UsesModel)
        {
            if (string.IsNullOrWhiteSpace(options.Endpoint))
            {
                failures.Add("Summarizer:Endpoint is required when Summarizer:Provider is openai (e.g. https://api.openai.com/v1/ or http://localhost:11434/v1/).");
            }
            else if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add("Summarizer:Endpoint must be an absolute http or https URL such as https://api.openai.com/v1/.");
            }

            if (string.IsNullOrWhiteSpace(options.Model))
            {
                failures.Add("Summarizer:Model is required when Summarizer:Provider is openai (e.g. gpt-4o-mini, or the Azure deployment name).");
            }
        }

        Range(failures, "Timeout", options.Timeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(10));
        Range(failures, "MaxRetryDelay", options.MaxRetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Range(failures, "MaxInputTokens", options.MaxInputTokens, 256, 1_000_000);
        Range(failures, "MaxOutputTokens", options.MaxOutputTokens, 64, 100_000);
        Range(failures, "DailyTokenBudget", options.DailyTokenBudget, 1, int.MaxValue);
        Range(failures, "MinWords", options.MinWords, 0, 100_000);
        if (options.ResponseFormat is not ("json_schema" or "json_object"))
        {
            failures.Add($"Summarizer:ResponseFormat \"{options.ResponseFormat}\" is unknown; use json_schema or json_object.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range<T>(List<string> failures, string key, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"Summarizer:{key} is {value}; it must be between {min} and {max}.");
        }
    }
}

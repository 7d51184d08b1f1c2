using Bot.Chat;
using Bot.Digest;
using Bot.Digest.Summarize.Guard;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Summarizing;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The digest's length (the "Digest" section) and the summarizer choice (the "Summarizer" section, validated at start). With Provider = openai the guarded model
    /// summarizer is registered as <see cref="ISummarizer"/> before AddChat's TryAdd of the extractive default, so it
    /// wins; otherwise nothing is registered and the extractive default stays. Needs AddStorage (cache and budget).
    /// </summary>
    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestSettings>().Bind(configuration.GetSection(DigestSettings.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestSettings>, DigestSettingsValidator>());
        services.TryAddSingleton<DigestOptions>(sp => sp.GetRequiredService<IOptions<DigestSettings>>().Value.ToDigestOptions());
        services.AddOptions<SummarizerOptions>().Bind(configuration.GetSection(SummarizerOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SummarizerOptions>, SummarizerOptionsValidator>());
        if (!string.Equals(configuration[$"{SummarizerOptions.Section}:{nameof(SummarizerOptions.Provider)}"], SummarizerOptions.OpenAi, StringComparison.OrdinalIgnoreCase))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFigureRecognizer>(ExtractorFigureRecognizer.Instance);
        services.TryAddSingleton(sp => new FaithfulnessGuard(sp.GetRequiredService<IFigureRecognizer>()));
        services.TryAddSingleton<ModelClient>();
        services.TryAddSingleton<ModelCaller>();
        services.TryAddSingleton<SummaryCacheStore>();
        services.TryAddSingleton<ISummarizer, ModelSummarizer>();
        services.AddHostedService<SummarizerStartup>();
        return services;
    }
}

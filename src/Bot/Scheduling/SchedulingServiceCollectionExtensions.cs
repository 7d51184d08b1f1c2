using Bot.Chat;
using Bot.Chat.Stores;
using Bot.Scheduling.Digests;
using Bot.Scheduling.Feeds;
using Bot.Scheduling.Schedules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Feeds and daily digests: <see cref="FeedsOptions"/> (validated at start), the real <see cref="IScheduleParser"/>
    /// and <see cref="IChannelDigests"/> (registered with AddSingleton AFTER AddChat so they replace the chat core's
    /// defaults: the last registration wins), the /subscribe observer, the poller, the digest runner and the hosted
    /// <see cref="DigestScheduler"/>. Feed stores come from AddStorage; fetching from AddIngestion (call it first).
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedsOptions>().Bind(configuration.GetSection(FeedsOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedsOptions>, FeedsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IScheduleParser, ScheduleParser>();
        services.AddSingleton<IChannelDigests, ScheduledChannelDigests>();
        services.TryAddSingleton<ISubscriptionObserver, SubscriptionWatcher>();

        // The guarded fetcher of AddIngestion (Program.cs calls it first); without it every poll fails with a reason.
        if (services.Any(d => d.ServiceType == typeof(Bot.Ingestion.WebFetcher)))
        {
            services.TryAddSingleton<IFeedFetcher, WebFeedFetcher>();
        }

        services.TryAddSingleton<IFeedFetcher, UnavailableFeedFetcher>();
        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton<FeedNotices>();
        services.TryAddSingleton<FeedPoller>();
        services.TryAddSingleton<TeaserPages>();
        services.TryAddSingleton<StoryCollector>();
        services.TryAddSingleton<StoryPreparer>();
        services.TryAddSingleton<DigestStreams>();
        services.TryAddSingleton<DigestRunner>();
        services.TryAddSingleton<StatusReport>();
        services.TryAddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        return services;
    }
}

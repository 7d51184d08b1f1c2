using Bot.Chat;
using Bot.Slack.Posting;
using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Slack, when <c>Slack:BotToken</c> is set: options validated at start (Socket Mode needs <c>Slack:AppToken</c>),
    /// the Web API client, and an <see cref="IChatPlatform"/> named "slack" beside any other platform.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlackOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(SlackOptions.BotToken)]))
        {
            return services;
        }

        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SlackOptions.SectionName).RemoveAllLoggers(); // URLs such as response_url are credentials
        services.TryAddSingleton(new SocketModeConnectionOptions());
        services.TryAddSingleton<ISlackApiClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            return new SlackApiClient(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(SlackOptions.SectionName),
                options.ApiBaseUrl,
                options.BotToken,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<SlackApiClient>());
        });
        services.TryAddSingleton<ChannelPostQueue>();
        services.TryAddSingleton<SlackPoster>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatPlatform, SlackPlatform>());
        return services;
    }
}

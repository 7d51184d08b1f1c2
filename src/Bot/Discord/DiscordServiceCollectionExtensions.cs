using Bot.Chat;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Discord, when <c>Discord:Token</c> is set: options validated at start, the REST client, and either the
    /// gateway (default) or the HTTP-interactions endpoint (<c>Discord:PublicKey</c> + <c>Discord:InteractionsUrl</c>).
    /// Registers the platform as an <see cref="IChatPlatform"/>. Without a token it adds nothing.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]))
        {
            return services;
        }

        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new DiscordTuning());
        // The transport times each call on TimeProvider. No HttpClient loggers: they log request URIs, and
        // interaction and webhook URIs carry the interaction token.
        services.AddHttpClient(DiscordRestTransport.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();

        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<DiscordRestTransport>();
        services.TryAddSingleton(sp => new DiscordRestClient(sp.GetRequiredService<DiscordRestTransport>()));
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton<DiscordEventQueue>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<DiscordPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<DiscordPlatform>());

        var httpMode = !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)])
            && !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.InteractionsUrl)]);
        if (httpMode)
        {
            services.TryAddSingleton<DiscordHttpInteractionsService>();
            services.AddHostedService(sp => sp.GetRequiredService<DiscordHttpInteractionsService>());
        }
        else
        {
            services.TryAddSingleton<DiscordSocketClient>();
            services.AddHostedService<DiscordGatewayService>();
        }

        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>STUB (foundation): wired by the Discord work.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}

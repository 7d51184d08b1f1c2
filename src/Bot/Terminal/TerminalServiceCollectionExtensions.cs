using Bot.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Terminal;

public static class TerminalServiceCollectionExtensions
{
    /// <summary>
    /// The terminal channel, registered when no platform is configured (Discord:Token and Slack:BotToken empty) or
    /// when Terminal:Enabled is true; Terminal:Enabled false keeps it off.
    /// </summary>
    public static IServiceCollection AddTerminal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsEnabled(configuration))
        {
            return services;
        }

        services.AddOptions<TerminalOptions>().Bind(configuration.GetSection(TerminalOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TerminalOptions>, TerminalOptionsValidator>());
        services.TryAddSingleton(_ => TerminalIo.FromConsole());
        services.TryAddSingleton<SeedLoader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatPlatform, TerminalPlatform>());
        return services;
    }

    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var enabled = configuration.GetValue<bool?>($"{TerminalOptions.Section}:{nameof(TerminalOptions.Enabled)}");
        var platform = !string.IsNullOrWhiteSpace(configuration["Discord:Token"]) || !string.IsNullOrWhiteSpace(configuration["Slack:BotToken"]);
        return enabled ?? !platform;
    }
}

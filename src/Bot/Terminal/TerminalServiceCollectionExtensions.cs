using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Terminal;

public static class TerminalServiceCollectionExtensions
{
    /// <summary>STUB (foundation): wired by the Terminal work.</summary>
    public static IServiceCollection AddTerminal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}

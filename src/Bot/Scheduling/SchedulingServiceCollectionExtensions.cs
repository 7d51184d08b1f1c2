using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>STUB (foundation): wired by the Scheduling work.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}

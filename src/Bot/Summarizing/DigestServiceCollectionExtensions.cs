using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Summarizing;

public static class DigestServiceCollectionExtensions
{
    /// <summary>STUB (foundation): wired by the Digest work.</summary>
    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}

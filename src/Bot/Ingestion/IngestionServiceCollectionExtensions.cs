using System.Net;
using Bot.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>HTTP fetching: <see cref="IngestionOptions"/> (validated at start), the guarded named HttpClient,
    /// <see cref="WebFetcher"/> (bytes, conditional GET) and <see cref="IArticleFetcher"/> (pages → articles).</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AddressGuard>();

        // Redirects are followed by WebFetcher so every hop is vetted; no proxy, because the guard must see the real
        // destination; no cookies, because fetches are anonymous. The factory's request logging is removed: it writes
        // full URLs, and query strings can carry tokens (IngestionLog logs the origin only).
        services.AddHttpClient(WebFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = sp.GetRequiredService<AddressGuard>().ConnectAsync,
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddSingleton<WebFetcher>();
        services.TryAddSingleton<IArticleFetcher, HttpArticleFetcher>();
        return services;
    }
}

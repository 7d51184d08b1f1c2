using Bot.Chat.Delivery;
using Bot.Chat.Stores;
using Bot.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// SQLite storage (Storage:Path, relative to the content root): one small store per area behind the Bot.Chat
    /// interfaces, so a PostgreSQL store can be added by registering other implementations. The database is created or
    /// upgraded by a hosted service that runs before every other one.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SqliteDatabase(
            () => Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path),
            sp.GetRequiredService<ILogger<SqliteDatabase>>()));
        services.TryAddSingleton<IArticleStore, SqliteArticleStore>();
        services.TryAddSingleton<IConversationStore, SqliteConversationStore>();
        services.TryAddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.TryAddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
        services.TryAddSingleton<IFeedStore, SqliteFeedStore>();
        services.TryAddSingleton<IDigestStateStore, SqliteDigestStateStore>();

        // First of all hosted services, whatever order the AddXxx calls come in.
        if (!services.Any(d => d.ImplementationType == typeof(StorageStartup)))
        {
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageStartup>());
        }

        if (Enum.TryParse<DeliveryStep>(configuration[CrashFaults.Setting], ignoreCase: true, out var crashAt))
        {
            services.AddSingleton<IDeliveryFaults>(sp => new CrashFaults(crashAt, sp.GetRequiredService<ILogger<CrashFaults>>()));
        }

        return services;
    }
}

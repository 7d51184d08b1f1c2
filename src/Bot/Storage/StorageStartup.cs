using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>Creates or upgrades the database when the host starts, so a bad path or a too-new schema stops the host at
/// once (registered first among hosted services, before anything reads the stores).</summary>
internal sealed class StorageStartup(SqliteDatabase database, ILogger<StorageStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        StorageLog.Opening(logger, database.Path);
        return database.EnsureReadyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// The SQLite file: created (with its folder) and upgraded to the latest <see cref="Schema"/> on first use, in WAL mode
/// so readers never block the writer. Each store opens a short-lived connection per call (pooled by the provider) with
/// foreign keys on and <c>synchronous=FULL</c>, so a committed claim survives a crash or power loss.
/// </summary>
/// <remarks>The path is computed on first use, not at construction: hosted services are built before options are
/// validated, and a bad Storage:Path must be reported by validation with the other bad keys.</remarks>
internal sealed class SqliteDatabase(Func<string> path, ILogger<SqliteDatabase> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lazy<string> fullPath = new(() => System.IO.Path.GetFullPath(path()));
    private volatile bool ready;

    public SqliteDatabase(string path, ILogger<SqliteDatabase> logger)
        : this(() => path, logger)
    {
    }

    public string Path => fullPath.Value;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        return await ConnectAsync(cancellationToken);
    }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (ready)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (ready)
            {
                return;
            }

            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await ConnectAsync(cancellationToken);
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            var (from, to) = await Schema.UpgradeAsync(connection, cancellationToken);
            StorageLog.Ready(logger, from, to);
            ready = true;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

using Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>A SQLite file in a fresh temp folder, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("bot-db-").FullName;
        Path = System.IO.Path.Combine(Folder, "nested", "bot.db");
        Database = new SqliteDatabase(Path, NullLogger<SqliteDatabase>.Instance);
    }

    public string Folder { get; }

    public string Path { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    internal SqliteDatabase Database { get; private set; }

    /// <summary>A new database object over the same file, as after a restart.</summary>
    internal SqliteDatabase Reopen()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        Database = new SqliteDatabase(Path, NullLogger<SqliteDatabase>.Instance);
        return Database;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task ExecuteAsync(string sql)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another handle; the temp folder is cleaned by the OS later.
        }
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using ModerationBot.Storage;
using Npgsql;

namespace ModerationBot.EndToEnd.Tests.Crash;

/// <summary>
/// Where the killed host keeps its data: a throwaway data directory (the key ring, and the SQLite file), and for
/// PostgreSQL a database of its own on the server named by <c>MODERATIONBOT_TEST_POSTGRES</c>, dropped afterwards.
/// </summary>
internal sealed class CrashStorage : IAsyncDisposable
{
    public const string PostgresVariable = "MODERATIONBOT_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresDatabase;

    private CrashStorage(string provider, string dataDirectory, string? postgresAdmin, string? postgresDatabase)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        _postgresAdmin = postgresAdmin;
        _postgresDatabase = postgresDatabase;
    }

    public string Provider { get; }

    public string DataDirectory { get; }

    /// <summary>The storage settings the host gets.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings
    {
        get
        {
            yield return new("Storage:DataDirectory", DataDirectory);
            yield return new("Storage:Provider", Provider);
            if (_postgresDatabase is not null)
            {
                yield return new("Storage:ConnectionString", ConnectionString());
            }
        }
    }

    /// <summary>Storage for <paramref name="provider"/>; null for PostgreSQL when no server is configured.</summary>
    public static async Task<CrashStorage?> CreateAsync(string provider, CancellationToken ct)
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (provider == "Postgres" && string.IsNullOrWhiteSpace(admin))
        {
            return null;
        }

        var dataDirectory = Directory.CreateTempSubdirectory("moderationbot-crash-").FullName;
        if (provider != "Postgres")
        {
            return new CrashStorage(provider, dataDirectory, null, null);
        }

        var database = "moderationbot_crash_" + Guid.NewGuid().ToString("N");
        await AdminAsync(admin!, $"CREATE DATABASE {database}", ct);
        return new CrashStorage(provider, dataDirectory, admin, database);
    }

    /// <summary>A connection for reading what the host stored (SQLite read-only, beside the running host).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection connection = _postgresDatabase is null
            ? new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(DataDirectory, SqliteStorageDatabase.FileName),
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString())
            : new NpgsqlConnection(ConnectionString() + ";Pooling=false");
        await connection.OpenAsync(ct);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            await AdminAsync(_postgresAdmin!, $"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", CancellationToken.None);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held for a moment by the last process is harmless in a temp folder.
        }
    }

    private string ConnectionString() => new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresDatabase }.ToString();

    private static async Task AdminAsync(string admin, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}

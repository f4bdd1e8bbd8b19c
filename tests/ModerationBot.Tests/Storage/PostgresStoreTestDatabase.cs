using Dapper;
using ModerationBot.Storage;
using Npgsql;

namespace ModerationBot.Tests.Storage;

/// <summary>
/// A database (one schema per test) created on the server named by <c>MODERATIONBOT_TEST_POSTGRES</c> (the role needs CREATEDB) and
/// dropped afterwards. Without the variable every Postgres test is reported as skipped.
/// </summary>
public sealed class PostgresStoreTestDatabase : IStoreTestDatabase, IAsyncDisposable
{
    public const string EnvironmentVariable = "MODERATIONBOT_TEST_POSTGRES";

    private readonly string? _adminConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
    private readonly Dictionary<StorageDatabase, string> _connectionStrings = [];
    private readonly List<string> _created = [];

    public string? UnavailableReason => string.IsNullOrWhiteSpace(_adminConnectionString)
        ? $"PostgreSQL store tests need {EnvironmentVariable} set to a connection string of a role with CREATEDB."
        : null;

    // One database per test class, one schema per test: CREATE SCHEMA is far quicker than CREATE DATABASE.
    public async Task<StorageDatabase> CreateEmptyAsync(CancellationToken ct)
    {
        if (_created.Count == 0)
        {
            var name = "moderationbot_test_" + Guid.NewGuid().ToString("N");
            await using var admin = new NpgsqlConnection(_adminConnectionString);
            await admin.OpenAsync(ct);
            await admin.ExecuteAsync($"CREATE DATABASE {name}");
            _created.Add(name);
        }

        var schema = "s_" + Guid.NewGuid().ToString("N");
        var databaseConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _created[0] }.ToString();
        await using (var connection = new NpgsqlConnection(databaseConnectionString))
        {
            await connection.OpenAsync(ct);
            await connection.ExecuteAsync($"CREATE SCHEMA {schema}");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(databaseConnectionString) { SearchPath = schema }.ToString();
        StorageDatabase database = new PostgresStorageDatabase(connectionString);
        _connectionStrings[database] = connectionString;
        return database;
    }

    public StorageDatabase Reopen(StorageDatabase database) => new PostgresStorageDatabase(_connectionStrings[database]);

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _connectionStrings.Keys.OfType<PostgresStorageDatabase>())
        {
            await database.DisposeAsync();
        }

        if (_created.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        foreach (var name in _created)
        {
            await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }
}

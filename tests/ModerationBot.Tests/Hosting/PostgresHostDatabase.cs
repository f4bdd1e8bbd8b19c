using Npgsql;
using ModerationBot.Tests.Storage;

namespace ModerationBot.Tests.Hosting;

/// <summary>
/// A fresh PostgreSQL database for one host (created and dropped here) on the server named by
/// MODERATIONBOT_TEST_POSTGRES; <see cref="Available"/> is false without it.
/// </summary>
public sealed class PostgresHostDatabase
{
    private readonly string? _admin = Environment.GetEnvironmentVariable(PostgresStoreTestDatabase.EnvironmentVariable);
    private readonly string _name = "moderationbot_host_" + Guid.NewGuid().ToString("N");

    public bool Available => !string.IsNullOrWhiteSpace(_admin);

    /// <summary>The settings that put the host on this database; none when no server is configured.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings => Available
        ? [new("Storage:Provider", "Postgres"), new("Storage:ConnectionString", new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ToString())]
        : [];

    public Task CreateAsync() => Available ? ExecuteAsync($"CREATE DATABASE {_name}") : Task.CompletedTask;

    public async Task DropAsync()
    {
        if (Available)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

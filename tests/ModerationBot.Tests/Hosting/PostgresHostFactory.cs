using Npgsql;
using ModerationBot.Tests.Storage;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

/// <summary>The host on a fresh PostgreSQL database (created and dropped here) when MODERATIONBOT_TEST_POSTGRES is set.</summary>
public sealed class PostgresHostFactory : ModerationBotFactory
{
    private readonly string? _admin = Environment.GetEnvironmentVariable(PostgresStoreTestDatabase.EnvironmentVariable);
    private readonly string _name = "moderationbot_host_" + Guid.NewGuid().ToString("N");

    public bool Available => !string.IsNullOrWhiteSpace(_admin);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (Available)
        {
            await ExecuteAsync($"CREATE DATABASE {_name}");
        }
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => Available
        ? [new("Storage:Provider", "Postgres"), new("Storage:ConnectionString", new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ToString())]
        : [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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

using Dapper;
using Npgsql;

namespace ModerationBot.Cli.Tests.Cases;

/// <summary>
/// The export over PostgreSQL gives exactly what it gives over SQLite. Skipped with a reason unless
/// MODERATIONBOT_TEST_POSTGRES names a role with CREATEDB.
/// </summary>
public sealed class PostgresCaseExportTests(CaseLogFixture sqlite) : IClassFixture<CaseLogFixture>, IAsyncLifetime
{
    private const string EnvironmentVariable = "MODERATIONBOT_TEST_POSTGRES";
    private readonly string? _admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
    private readonly string _name = "moderationbot_cli_test_" + Guid.NewGuid().ToString("N");
    private string? _connectionString;

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_admin))
        {
            return;
        }

        await using (var admin = new NpgsqlConnection(_admin))
        {
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE {_name}");
        }

        _connectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, Pooling = false }.ToString();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await CaseLogSeed.FillAsync(connection, "Postgres");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Export_Postgres_SameOutputAsSqlite(string format)
    {
        Assert.SkipWhen(_connectionString is null, $"PostgreSQL export tests need {EnvironmentVariable} set to a connection string of a role with CREATEDB.");

        var fromPostgres = sqlite.Run("--from", "2026-01-01", "--to", "2026-12-31", "--format", format, "--connection", _connectionString!);
        var fromSqlite = sqlite.Run("--from", "2026-01-01", "--to", "2026-12-31", "--format", format, "--data-dir", sqlite.DataDirectory);

        Assert.Equal((0, ""), (fromPostgres.ExitCode, fromPostgres.Error));
        Assert.Contains("MOD-2026-0003", fromPostgres.Output, StringComparison.Ordinal);
        Assert.Equal(fromSqlite.Output, fromPostgres.Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        await using var admin = new NpgsqlConnection(_admin);
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}

using System.Data.Common;
using Npgsql;

namespace ModerationBot.Storage;

/// <summary>A PostgreSQL database; migrations are serialised with a transaction-scoped advisory lock.</summary>
public sealed class PostgresStorageDatabase : StorageDatabase, IAsyncDisposable
{
    // Any fixed number works as long as every instance uses the same one ("MODB" in ASCII).
    private const long MigrationLockKey = 0x4D4F4442;

    /// <summary>
    /// Connections per instance when the connection string sets no Maximum Pool Size. Npgsql's own default (100) is
    /// PostgreSQL's default max_connections, so one busy instance alone would exhaust the server ("too many clients",
    /// SQLSTATE 53300); a turn holds a connection for milliseconds, so beyond this pool size turns wait briefly instead.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    private static readonly string[] s_poolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStorageDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(WithPoolLimit(connectionString));
    }

    /// <summary>The connection string with <see cref="DefaultMaxPoolSize"/> unless it names a pool size itself.</summary>
    public static string WithPoolLimit(string connectionString)
    {
        // Npgsql's own builder reports every keyword it knows as present, so ask a plain one what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (s_poolSizeKeywords.Any(written.ContainsKey))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    internal override async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return transaction;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

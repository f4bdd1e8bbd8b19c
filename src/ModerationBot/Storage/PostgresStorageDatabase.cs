using System.Data.Common;
using Npgsql;

namespace ModerationBot.Storage;

/// <summary>A PostgreSQL database; migrations are serialised with a transaction-scoped advisory lock.</summary>
public sealed class PostgresStorageDatabase : StorageDatabase, IAsyncDisposable
{
    // Any fixed number works as long as every instance uses the same one ("MODB" in ASCII).
    private const long MigrationLockKey = 0x4D4F4442;
    private readonly NpgsqlDataSource _dataSource;

    public PostgresStorageDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
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

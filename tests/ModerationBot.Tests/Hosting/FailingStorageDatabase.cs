using System.Data.Common;
using Microsoft.Data.Sqlite;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Hosting;

/// <summary>Wraps a real database and, once told to, fails to connect as an unreachable server does.</summary>
public sealed class FailingStorageDatabase(StorageDatabase inner) : StorageDatabase
{
    private volatile bool _failing;

    public override StorageProvider Provider => inner.Provider;

    public void Fail() => _failing = true;

    public override Task<DbConnection> OpenAsync(CancellationToken ct) =>
        _failing ? throw new SqliteException("unable to open database file", 14) : inner.OpenAsync(ct);

    internal override Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken ct) =>
        inner.BeginMigrationAsync(connection, ct);
}

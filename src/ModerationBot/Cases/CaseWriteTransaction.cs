using System.Data.Common;
using Microsoft.Data.Sqlite;
using ModerationBot.Storage;

namespace ModerationBot.Cases;

/// <summary>Starts the transaction every case and outbox write runs in.</summary>
internal static class CaseWriteTransaction
{
    public static async Task<DbTransaction> BeginAsync(StorageDatabase database, DbConnection connection, CancellationToken ct)
    {
        if (database.Provider == StorageProvider.Sqlite)
        {
            // BEGIN IMMEDIATE: take the write lock up front. A deferred transaction that reads first and writes later
            // fails at once with SQLITE_BUSY instead of waiting when another writer got there in between.
            return ((SqliteConnection)connection).BeginTransaction(deferred: false);
        }

        return await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A unique constraint was violated (two instances raced for the same key).</summary>
    public static bool IsUniqueViolation(DbException ex) => ex switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}

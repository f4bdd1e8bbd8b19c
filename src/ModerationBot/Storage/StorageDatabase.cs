using System.Data.Common;

namespace ModerationBot.Storage;

/// <summary>
/// One database the stores share: opens ready-to-use connections and knows how to serialise schema
/// migrations between instances that start at the same time.
/// </summary>
public abstract class StorageDatabase
{
    /// <summary>Which provider this is; picks the migration scripts.</summary>
    public abstract StorageProvider Provider { get; }

    /// <summary>An open connection; dispose it after use (connections are pooled).</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// Starts the migration transaction holding a lock that keeps other instances out until it commits.
    /// </summary>
    internal abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken ct);
}

using Microsoft.Data.Sqlite;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

/// <summary>SQLite files in a temporary directory, deleted afterwards.</summary>
public sealed class SqliteStoreTestDatabase : IStoreTestDatabase, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "moderationbot-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<StorageDatabase, string> _directories = [];

    public string? UnavailableReason => null;

    public Task<StorageDatabase> CreateEmptyAsync(CancellationToken ct)
    {
        var directory = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        StorageDatabase database = new SqliteStorageDatabase(directory);
        _directories[database] = directory;
        return Task.FromResult(database);
    }

    public StorageDatabase Reopen(StorageDatabase database) => new SqliteStorageDatabase(_directories[database]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

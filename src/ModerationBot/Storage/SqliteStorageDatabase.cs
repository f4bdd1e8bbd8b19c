using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ModerationBot.Storage;

/// <summary>An SQLite file in WAL mode: readers never wait for the writer, writers wait (busy timeout) for each other.</summary>
public sealed class SqliteStorageDatabase : StorageDatabase
{
    public const string FileName = "moderationbot.db";

    private const int BusyTimeoutMs = 10_000;
    private readonly string _connectionString;
    private int _walEnabled;

    public SqliteStorageDatabase(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var directory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var command = connection.CreateCommand();

            // journal_mode is stored in the file, so it is set once; busy_timeout and foreign keys are per connection.
            command.CommandText = Interlocked.Exchange(ref _walEnabled, 1) == 0
                ? $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL;"
                : $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL;";
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    internal override Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken ct)
    {
        // A non-deferred transaction is BEGIN IMMEDIATE: it takes the write lock first, so a second
        // instance waits here (busy timeout) and then sees the versions the first one applied.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }
}

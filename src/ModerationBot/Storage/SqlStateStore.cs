using System.Text.Json;
using Dapper;

namespace ModerationBot.Storage;

/// <summary>
/// <see cref="IStateStore"/> over SQLite or PostgreSQL; the SQL is the same for both (ON CONFLICT upserts,
/// times as Unix milliseconds), and a conditional write is one statement whose row count tells who won.
/// </summary>
public sealed class SqlStateStore : IStateStore
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly StorageDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqlStateStore(StorageDatabase database, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _timeProvider = timeProvider;
    }

    public async Task<StateEntry<T>?> ReadAsync<T>(string scope, string key, CancellationToken ct)
    {
        Guard(scope, key);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition(
            """
            SELECT value AS Value, etag AS ETag, updated_at AS UpdatedAt, expires_at AS ExpiresAt
            FROM state_entries
            WHERE scope = @scope AND key = @key AND (expires_at IS NULL OR expires_at > @now)
            """,
            new { scope, key, now = Now() }, cancellationToken: ct)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var value = JsonSerializer.Deserialize<T>(row.Value, s_json)!;
        return new StateEntry<T>(value, row.ETag, DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAt),
            row.ExpiresAt is { } expires ? DateTimeOffset.FromUnixTimeMilliseconds(expires) : null);
    }

    public async Task<WriteResult> WriteAsync<T>(string scope, string key, T value, string? expectedETag, DateTimeOffset? expiresAt, CancellationToken ct)
    {
        Guard(scope, key);
        var etag = Guid.NewGuid().ToString("N");
        var parameters = new
        {
            scope,
            key,
            value = JsonSerializer.Serialize(value, s_json),
            etag,
            expected = expectedETag,
            now = Now(),
            expiresAt = expiresAt?.ToUnixTimeMilliseconds(),
        };
        var sql = expectedETag switch
        {
            null => Upsert("TRUE"),
            IStateStore.MustNotExist => Upsert("state_entries.expires_at IS NOT NULL AND state_entries.expires_at <= @now"),
            _ => """
                 UPDATE state_entries SET value = @value, etag = @etag, updated_at = @now, expires_at = @expiresAt
                 WHERE scope = @scope AND key = @key AND etag = @expected AND (expires_at IS NULL OR expires_at > @now)
                 """,
        };

        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct)).ConfigureAwait(false);
        return rows == 1 ? WriteResult.Written(etag) : WriteResult.Conflict;
    }

    public async Task<bool> DeleteAsync(string scope, string key, string? expectedETag, CancellationToken ct)
    {
        Guard(scope, key);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM state_entries WHERE scope = @scope AND key = @key AND (@expected IS NULL OR etag = @expected)",
            new { scope, key, expected = expectedETag }, cancellationToken: ct)).ConfigureAwait(false);
        return rows > 0;
    }

    private static string Upsert(string overwriteWhen) =>
        $"""
        INSERT INTO state_entries (scope, key, value, etag, updated_at, expires_at)
        VALUES (@scope, @key, @value, @etag, @now, @expiresAt)
        ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, etag = excluded.etag,
            updated_at = excluded.updated_at, expires_at = excluded.expires_at
        WHERE {overwriteWhen}
        """;

    private long Now() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private static void Guard(string scope, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(key);
    }

    private sealed class StateRow
    {
        public string Value { get; init; } = "";

        public string ETag { get; init; } = "";

        public long UpdatedAt { get; init; }

        public long? ExpiresAt { get; init; }
    }
}

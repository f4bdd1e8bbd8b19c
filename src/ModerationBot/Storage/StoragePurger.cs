using Dapper;
using Microsoft.Extensions.Options;

namespace ModerationBot.Storage;

/// <summary>Deletes expired state and activity ids older than the retention.</summary>
public sealed class StoragePurger
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly StorageOptions _options;

    public StoragePurger(StorageDatabase database, TimeProvider timeProvider, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _timeProvider = timeProvider;
        _options = options.Value;
    }

    /// <summary>Purges once; returns the number of rows deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var now = _timeProvider.GetUtcNow();
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var states = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM state_entries WHERE expires_at IS NOT NULL AND expires_at <= @now",
            new { now = now.ToUnixTimeMilliseconds() }, cancellationToken: ct)).ConfigureAwait(false);
        var activities = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM processed_activities WHERE processed_at < @cutoff",
            new { cutoff = (now - _options.ProcessedActivityRetention).ToUnixTimeMilliseconds() }, cancellationToken: ct)).ConfigureAwait(false);
        return states + activities;
    }
}

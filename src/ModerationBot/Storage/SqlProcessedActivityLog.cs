using Dapper;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.Storage;

/// <summary>
/// The duplicate log in the database, so a redelivery is recognised across restarts and instances:
/// insert-if-absent on (conversation hash, activity id); the row count says whether this call was first.
/// </summary>
public sealed class SqlProcessedActivityLog : IProcessedActivityLog
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqlProcessedActivityLog(StorageDatabase database, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _timeProvider = timeProvider;
    }

    public async Task<bool> TryMarkProcessedAsync(string conversationId, string activityId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO processed_activities (conversation_hash, activity_id, processed_at)
            VALUES (@hash, @activityId, @now)
            ON CONFLICT (conversation_hash, activity_id) DO NOTHING
            """,
            new { hash = ActivityKey.HashConversation(conversationId), activityId, now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: ct)).ConfigureAwait(false);
        return rows == 1;
    }
}

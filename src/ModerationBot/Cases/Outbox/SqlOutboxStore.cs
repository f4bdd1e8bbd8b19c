using Dapper;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Outbox;

/// <summary>
/// <see cref="IOutboxStore"/> on the shared database. On PostgreSQL claims use <c>FOR UPDATE SKIP LOCKED</c> so
/// dispatchers on several instances never wait for or take each other's message; on SQLite the claim runs in a
/// write (IMMEDIATE) transaction, so claims are serialised by the single writer.
/// </summary>
public sealed class SqlOutboxStore : IOutboxStore
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;

    public SqlOutboxStore(StorageDatabase database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        _database = database;
        _clock = clock;
    }

    public async Task EnqueueAsync(IReadOnlyList<OutboxMessageDraft> messages, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await CaseWriteTransaction.BeginAsync(_database, connection, ct).ConfigureAwait(false);
        await OutboxWriter.InsertAsync(connection, transaction, null, messages, _clock.GetUtcNow(), ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<OutboxMessage?> ClaimNextDueAsync(TimeSpan lease, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = _clock.GetUtcNow();
        var skipLocked = _database.Provider == StorageProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "";

        // The head of each conversation only: a later message waits until every earlier one of its conversation is sent.
        var sql =
            $"""
            UPDATE outbox_messages SET claimed_until = @leaseEnd, attempts = attempts + 1
            WHERE seq = (
                SELECT o.seq FROM outbox_messages o
                WHERE o.sent_at IS NULL AND o.next_attempt_at <= @now
                    AND (o.claimed_until IS NULL OR o.claimed_until <= @now)
                    AND NOT EXISTS (SELECT 1 FROM outbox_messages e
                                    WHERE e.conversation_key = o.conversation_key AND e.sent_at IS NULL AND e.seq < o.seq)
                ORDER BY o.seq
                LIMIT 1
                {skipLocked})
            RETURNING seq AS Sequence, id AS Id, case_id AS CaseId, conversation_key AS ConversationKey, target AS Target,
                payload AS Payload, correlation_key AS CorrelationKey, attempts AS Attempts, created_at AS CreatedAt
            """;
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await CaseWriteTransaction.BeginAsync(_database, connection, ct).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition(
            sql, new { now = now.ToUnixTimeMilliseconds(), leaseEnd = (now + lease).ToUnixTimeMilliseconds() }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return row?.ToMessage();
    }

    public async Task MarkSentAsync(long sequence, string activityId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            // A delivery that outlasted its lease may have been sent again by another worker: the first to record it
            // keeps its activity id, so later updates edit one card and a late finisher changes nothing.
            "UPDATE outbox_messages SET sent_at = @now, sent_activity_id = @activityId, claimed_until = NULL, last_error = NULL WHERE seq = @sequence AND sent_at IS NULL",
            new { sequence, activityId, now = _clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<DateTimeOffset> MarkFailedAsync(long sequence, TimeSpan? retryAfter, string errorCode, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var attempts = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT attempts FROM outbox_messages WHERE seq = @sequence", new { sequence }, cancellationToken: ct)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Outbox message {sequence} does not exist.");
        var next = _clock.GetUtcNow() + OutboxBackoff.Delay(attempts, retryAfter);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox_messages SET next_attempt_at = @next, claimed_until = NULL, last_error = @errorCode WHERE seq = @sequence AND sent_at IS NULL",
            new { sequence, next = next.ToUnixTimeMilliseconds(), errorCode }, cancellationToken: ct)).ConfigureAwait(false);
        return next;
    }

    public async Task<string?> FindSentActivityIdAsync(string correlationKey, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(correlationKey);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            """
            SELECT sent_activity_id FROM outbox_messages
            WHERE correlation_key = @correlationKey AND sent_activity_id IS NOT NULL
            ORDER BY seq DESC LIMIT 1
            """,
            new { correlationKey }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private sealed class OutboxRow
    {
        public long Sequence { get; init; }

        public string Id { get; init; } = "";

        public string? CaseId { get; init; }

        public string ConversationKey { get; init; } = "";

        public string Target { get; init; } = "";

        public string Payload { get; init; } = "";

        public string? CorrelationKey { get; init; }

        public long Attempts { get; init; }

        public long CreatedAt { get; init; }

        public OutboxMessage ToMessage() => new(
            Sequence, Guid.ParseExact(Id, "N"), CaseId is null ? null : Guid.ParseExact(CaseId, "N"), ConversationKey, Target, Payload,
            CorrelationKey, (int)Attempts, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt));
    }
}

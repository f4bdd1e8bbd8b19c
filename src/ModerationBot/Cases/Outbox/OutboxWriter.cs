using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace ModerationBot.Cases.Outbox;

/// <summary>Inserts outbox rows inside the caller's transaction.</summary>
internal static class OutboxWriter
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, Guid? caseId, IReadOnlyList<OutboxMessageDraft> messages, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Validate(message);
        }

        await LockConversationsAsync(connection, transaction, messages, ct).ConfigureAwait(false);
        var rows = messages.Select(m => new
        {
            id = Guid.NewGuid().ToString("N"),
            caseId = caseId?.ToString("N"),
            correlationKey = m.CorrelationKey,
            conversationKey = m.ConversationKey,
            target = m.Target,
            payload = m.Payload,
            now = now.ToUnixTimeMilliseconds(),
        });
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO outbox_messages (id, case_id, correlation_key, conversation_key, target, payload, created_at, attempts, next_attempt_at)
            VALUES (@id, @caseId, @correlationKey, @conversationKey, @target, @payload, @now, 0, @now)
            """,
            rows, transaction, cancellationToken: ct)).ConfigureAwait(false);
    }

    // Messages of one conversation go out in seq order, and the dispatcher takes the oldest unsent one. On PostgreSQL
    // a transaction may take its seq before another and commit after it, and the later message would then be sent
    // first; a lock per conversation key, held until commit, makes writers of one conversation commit in seq order.
    // (SQLite has a single writer.) Keys are locked in order, and last in the transaction, so writers cannot deadlock.
    private static async Task LockConversationsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessageDraft> messages, CancellationToken ct)
    {
        if (connection is not Npgsql.NpgsqlConnection)
        {
            return;
        }

        foreach (var key in messages.Select(m => m.ConversationKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", new { key }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        }
    }

    // A payload the dispatcher could never send must fail the write that causes it, not sit in the outbox forever.
    private static void Validate(OutboxMessageDraft message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.ConversationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Target);
        try
        {
            using var _ = JsonDocument.Parse(message.Payload ?? "");
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The outbox payload is not valid JSON.", nameof(message), ex);
        }
    }
}

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

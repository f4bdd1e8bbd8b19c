using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cases.Outbox;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>Reads back what a case has queued in the outbox, in the order written.</summary>
public static class CaseOutbox
{
    public static async Task<IReadOnlyList<QueuedMessage>> ReadAsync(SlaFactory factory, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        await using var connection = await factory.Services.GetRequiredService<StorageDatabase>().OpenAsync(ct);
        var rows = await connection.QueryAsync<(string ConversationKey, string Target, string Payload, string? CorrelationKey)>(new CommandDefinition(
            "SELECT conversation_key, target, payload, correlation_key FROM outbox_messages WHERE case_id = @id ORDER BY seq",
            new { id = caseId.ToString("N") }, cancellationToken: ct));
        return [.. rows.Select(r =>
        {
            var payload = OutboxJson.ReadPayload(r.Payload);
            return new QueuedMessage(r.ConversationKey, OutboxJson.ReadTarget(r.Target), OutboxJson.ReadActivity(payload), payload.UpdateExisting, r.CorrelationKey);
        })];
    }
}

using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases.Outbox;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Escalation;

/// <summary>The outbox messages a case wrote, read back through <see cref="OutboxJson"/> as the dispatcher reads them.</summary>
internal static class EscalationOutboxRows
{
    public static async Task<IReadOnlyList<QueuedMessage>> ForCaseAsync(IServiceProvider services, Guid caseId, CancellationToken ct)
    {
        var database = services.GetRequiredService<StorageDatabase>();
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string ConversationKey, string Target, string Payload, string? CorrelationKey)>(new CommandDefinition(
            "SELECT conversation_key, target, payload, correlation_key FROM outbox_messages WHERE case_id = @caseId ORDER BY seq",
            new { caseId = caseId.ToString("N") }, cancellationToken: ct));
        return [.. rows.Select(r =>
        {
            var payload = OutboxJson.ReadPayload(r.Payload);
            return new QueuedMessage(r.ConversationKey, OutboxJson.ReadTarget(r.Target), OutboxJson.ReadActivity(payload), r.CorrelationKey, payload.UpdateExisting);
        })];
    }
}

/// <summary>One queued outbox message, decoded; <paramref name="UpdateExisting"/> edits the card sent under the same key.</summary>
internal sealed record QueuedMessage(string ConversationKey, OutboxTarget Target, Activity Activity, string? CorrelationKey, bool UpdateExisting = false)
{
    /// <summary>The attached card's JSON text, empty when the message carries no card.</summary>
    public string CardJson => Activity.Attachments is { Count: > 0 } attachments ? System.Text.Json.JsonSerializer.Serialize(attachments[0].Content) : "";
}

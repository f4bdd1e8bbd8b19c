using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Reports;

/// <summary>What the host stored for a report: the employee's cases and the outbox messages a case caused.</summary>
internal static class ReportStore
{
    public static ICaseStore Cases(ReportsFactory factory) => factory.Services.GetRequiredService<ICaseStore>();

    public static async Task<ModerationCase> SingleCaseOfAsync(ReportsFactory factory, string reporterId) =>
        Assert.Single(await Cases(factory).ListOpenForUserAsync(reporterId, TestContext.Current.CancellationToken));

    public static async Task<IReadOnlyList<OutboxMessageDraft>> OutboxOfAsync(ReportsFactory factory, Guid caseId)
    {
        var database = factory.Services.GetRequiredService<StorageDatabase>();
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        var rows = await connection.QueryAsync<(string ConversationKey, string Target, string Payload, string? CorrelationKey)>(
            "SELECT conversation_key, target, payload, correlation_key FROM outbox_messages WHERE case_id = @id ORDER BY seq",
            new { id = caseId.ToString("N") });
        return [.. rows.Select(r => new OutboxMessageDraft(r.ConversationKey, r.Target, r.Payload, r.CorrelationKey))];
    }
}

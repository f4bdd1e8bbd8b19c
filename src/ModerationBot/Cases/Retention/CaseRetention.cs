using Dapper;
using Microsoft.Extensions.Options;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Retention;

/// <summary>
/// Enforces <see cref="CasesOptions"/> retention, counted from the day a case was closed (open cases are kept):
/// evidence after <c>EvidenceRetentionDays</c>, the whole case after <c>MetadataRetentionYears</c>.
/// </summary>
public sealed class CaseRetention
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;
    private readonly CasesOptions _options;

    public CaseRetention(StorageDatabase database, TimeProvider clock, IOptions<CasesOptions> options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _clock = clock;
        _options = options.Value;
    }

    public async Task<CaseRetentionResult> EnforceAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var evidenceCutoff = (now - TimeSpan.FromDays(_options.EvidenceRetentionDays)).ToUnixTimeMilliseconds();
        var metadataCutoff = now.AddYears(-_options.MetadataRetentionYears).ToUnixTimeMilliseconds();

        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await CaseWriteTransaction.BeginAsync(_database, connection, ct).ConfigureAwait(false);
        var expired = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM cases WHERE closed_at IS NOT NULL AND closed_at <= @metadataCutoff",
            new { metadataCutoff }, transaction, cancellationToken: ct)).ConfigureAwait(false)).ToList();
        foreach (var table in new[] { ("case_evidence", "case_id"), ("case_audit", "case_id"), ("case_members", "case_id"), ("outbox_messages", "case_id"), ("cases", "id") })
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table.Item1} WHERE {table.Item2} = @id", expired.Select(id => new { id }), transaction, cancellationToken: ct)).ConfigureAwait(false);
        }

        var evidenceDue = (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT c.id FROM cases c JOIN case_evidence e ON e.case_id = c.id
            WHERE c.closed_at IS NOT NULL AND c.closed_at <= @evidenceCutoff
            """,
            new { evidenceCutoff }, transaction, cancellationToken: ct)).ConfigureAwait(false)).ToList();
        var audit = evidenceDue.Select(id => new { id, actor = CaseAuditEntry.SystemActor, action = CaseCodes.Of(CaseAction.EvidenceDeleted), at = now.ToUnixTimeMilliseconds() });
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM case_evidence WHERE case_id = @id", audit, transaction, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cases SET evidence_reference = NULL, version = version + 1 WHERE id = @id", audit, transaction, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO case_audit (case_id, position, actor_id, action, at, note)
            SELECT @id, COALESCE(MAX(position), -1) + 1, @actor, @action, @at, NULL FROM case_audit WHERE case_id = @id
            """,
            audit, transaction, cancellationToken: ct)).ConfigureAwait(false);

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new CaseRetentionResult(evidenceDue.Count, expired.Count);
    }
}

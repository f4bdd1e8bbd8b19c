using System.Data.Common;
using Dapper;
using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

public sealed partial class SqlCaseStore
{
    public async Task<ModerationCase?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        return await LoadAsync(connection, null, "id = @key", new { key = Key(id) }, ct).ConfigureAwait(false);
    }

    public async Task<ModerationCase?> FindAsync(CaseNumber number, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        return await LoadAsync(connection, null, "year = @year AND sequence = @sequence", new { year = number.Year, sequence = number.Sequence }, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ModerationCase>> ListOpenForUserAsync(string userId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(
            $"""
            SELECT {CaseRow.Columns} FROM cases
            WHERE status <> 'closed' AND id IN (SELECT case_id FROM case_members WHERE user_id = @userId)
            ORDER BY created_at DESC
            """,
            new { userId = userId.ToLowerInvariant() }, cancellationToken: ct)).ConfigureAwait(false);
        var cases = new List<ModerationCase>();
        foreach (var row in rows)
        {
            var loaded = await ToCaseAsync(connection, null, row, ct).ConfigureAwait(false);

            // Membership is kept after a take-over; the user must still be reporter, responsible or deputy now.
            if (Same(loaded.Reporter.TeamsUserId, userId) || Same(loaded.ResponsibleManagerId, userId) || loaded.DeputyIds.Any(d => Same(d, userId)))
            {
                cases.Add(loaded);
            }
        }

        return cases;
    }

    public async Task<CaseEvidence?> ReadEvidenceAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var payload = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT protected_payload FROM case_evidence WHERE case_id = @key", new { key = Key(id) }, cancellationToken: ct)).ConfigureAwait(false);
        return payload is null ? null : _protector.UnprotectEvidence(payload);
    }

    private async Task<ModerationCase?> LoadAsync(DbConnection connection, DbTransaction? transaction, string where, object parameters, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(
            $"SELECT {CaseRow.Columns} FROM cases WHERE {where}", parameters, transaction, cancellationToken: ct)).ConfigureAwait(false);
        return row is null ? null : await ToCaseAsync(connection, transaction, row, ct).ConfigureAwait(false);
    }

    private async Task<ModerationCase> ToCaseAsync(DbConnection connection, DbTransaction? transaction, CaseRow row, CancellationToken ct)
    {
        var audit = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            """
            SELECT case_id AS CaseId, position AS Position, actor_id AS ActorId, action AS Action, at AS At, note AS Note,
                checklist_step AS ChecklistStep
            FROM case_audit WHERE case_id = @id ORDER BY position
            """,
            new { id = row.Id }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        var reporter = new CaseReporter(row.ReporterUserId, row.ReporterAadObjectId, _protector.UnprotectReporterName(row.ReporterNameProtected));
        var draft = new CaseDraft(
            CaseCodes.Kind(row.Kind), CaseCodes.Severity(row.Severity), reporter, row.ResponsibleManagerId,
            CaseJson.Deserialize<List<string>>(row.DeputyIds), row.Platform, row.Link,
            CaseJson.Deserialize<CaseFindings>(row.Findings), row.RedactedComment);
        var state = new CaseState(
            CaseCodes.Status(row.Status), row.ResponsibleManagerId, row.EvidenceReference, row.PoliceReportNumber, _protector.UnprotectNote(row.ClosingNote),
            DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt),
            row.ClosedAt is { } closed ? DateTimeOffset.FromUnixTimeMilliseconds(closed) : null,
            checked((int)row.Version));
        var trail = audit.Select(a => new CaseAuditEntry(a.ActorId, CaseCodes.Action(a.Action), DateTimeOffset.FromUnixTimeMilliseconds(a.At), _protector.UnprotectNote(a.Note))
        {
            ChecklistStep = a.ChecklistStep is null ? null : CaseCodes.ChecklistStep(a.ChecklistStep),
        });
        return ModerationCase.Restore(Guid.ParseExact(row.Id, "N"), new CaseNumber((int)row.Year, (int)row.Sequence), draft, state, trail);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

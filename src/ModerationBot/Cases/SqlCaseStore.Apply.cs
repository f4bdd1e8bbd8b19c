using Dapper;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

public sealed partial class SqlCaseStore
{
    public Task<CaseUpdateResult> ApplyAsync(Guid id, int expectedVersion, string actorId, Action<ModerationCase> action, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct) =>
        ApplyAsync(id, expectedVersion, actorId, authorize: true, action, outbox, ct);

    public Task<CaseUpdateResult> ApplySystemAsync(Guid id, int expectedVersion, Action<ModerationCase> action, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct) =>
        ApplyAsync(id, expectedVersion, CaseAuditEntry.SystemActor, authorize: false, action, outbox, ct);

    private async Task<CaseUpdateResult> ApplyAsync(Guid id, int expectedVersion, string actorId, bool authorize, Action<ModerationCase> action, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(outbox);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await CaseWriteTransaction.BeginAsync(_database, connection, ct).ConfigureAwait(false);
        // PostgreSQL read committed: lock the case row first, so that the audit trail read next belongs to the version
        // read (another instance committing in between would pair version n with version n+1's trail, and the action
        // would refuse a change that is only a conflict). SQLite's BEGIN IMMEDIATE already holds the write lock.
        var where = _database.Provider == Storage.StorageProvider.Sqlite ? "id = @key" : "id = @key FOR UPDATE";
        var loaded = await LoadAsync(connection, transaction, where, new { key = Key(id) }, ct).ConfigureAwait(false);
        if (loaded is null)
        {
            return new CaseUpdateResult(CaseUpdateOutcome.NotFound, null);
        }

        if (loaded.Version != expectedVersion)
        {
            return new CaseUpdateResult(CaseUpdateOutcome.Conflict, loaded);
        }

        if (authorize && !_authorization.CanAct(loaded, actorId))
        {
            return new CaseUpdateResult(CaseUpdateOutcome.Forbidden, loaded);
        }

        var before = loaded.AuditTrail.Count;
        action(loaded); // a refused action throws here, before anything is written; disposal rolls back
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE cases SET status = @status, responsible_manager_id = @responsible, deputy_ids = @deputies, police_report_number = @police,
                closing_note = @closingNote, closed_at = @closedAt, version = version + 1
            WHERE id = @key AND version = @expectedVersion
            """,
            new
            {
                key = Key(id),
                expectedVersion,
                status = CaseCodes.Of(loaded.Status),
                responsible = loaded.ResponsibleManagerId,
                deputies = CaseJson.Serialize(loaded.DeputyIds),
                police = loaded.PoliceReportNumber,
                closingNote = _protector.ProtectNote(loaded.ClosingNote),
                closedAt = loaded.ClosedAt is { } closed ? Millis(closed) : (long?)null,
            },
            transaction, cancellationToken: ct)).ConfigureAwait(false);
        if (rows != 1)
        {
            // PostgreSQL read committed: another transaction committed between our read and our update. The newer case
            // is read on this connection: a second one while holding this could wait for a pool that conflicting
            // writers have filled.
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            return new CaseUpdateResult(CaseUpdateOutcome.Conflict, await LoadAsync(connection, null, "id = @key", new { key = Key(id) }, ct).ConfigureAwait(false));
        }

        await InsertMembersAsync(connection, transaction, loaded, ct).ConfigureAwait(false);
        await InsertAuditAsync(connection, transaction, loaded, before, ct).ConfigureAwait(false);
        await OutboxWriter.InsertAsync(connection, transaction, id, outbox(loaded), _clock.GetUtcNow(), ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new CaseUpdateResult(CaseUpdateOutcome.Applied,
            ModerationCase.Restore(loaded.Id, loaded.Number, DraftOf(loaded), StateOf(loaded, expectedVersion + 1), loaded.AuditTrail));
    }

    private static CaseDraft DraftOf(ModerationCase c) =>
        new(c.Kind, c.Severity, c.Reporter, c.ResponsibleManagerId, c.DeputyIds, c.Platform, c.Link, c.Findings, c.RedactedComment);

    private static CaseState StateOf(ModerationCase c, int version) =>
        new(c.Status, c.ResponsibleManagerId, c.EvidenceReference, c.PoliceReportNumber, c.ClosingNote, c.CreatedAt, c.ClosedAt, version);
}

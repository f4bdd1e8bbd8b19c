using Dapper;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

public sealed partial class SqlCaseStore
{
    public async Task<CaseUpdateResult> AddReporterInformationAsync(
        CaseNumber number, string reporterId, string information, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporterId);
        ArgumentNullException.ThrowIfNull(outbox);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await CaseWriteTransaction.BeginAsync(_database, connection, ct).ConfigureAwait(false);
        var loaded = await LoadAsync(connection, transaction, "year = @year AND sequence = @sequence",
            new { year = number.Year, sequence = number.Sequence }, ct).ConfigureAwait(false);
        if (loaded is null)
        {
            return new CaseUpdateResult(CaseUpdateOutcome.NotFound, null);
        }

        if (!_authorization.CanAddReporterInformation(loaded, reporterId))
        {
            return new CaseUpdateResult(CaseUpdateOutcome.Forbidden, loaded);
        }

        var before = loaded.AuditTrail.Count;
        loaded.AddReporterInformation(reporterId, information, _clock);
        // Only the version moves: the information lives in the audit trail, and the version bump keeps a receiver
        // acting at the same moment from overwriting the case unaware of it.
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cases SET version = version + 1 WHERE id = @key AND version = @version",
            new { key = Key(loaded.Id), version = loaded.Version }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        if (rows != 1)
        {
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            return new CaseUpdateResult(CaseUpdateOutcome.Conflict, null);
        }

        await InsertAuditAsync(connection, transaction, loaded, before, ct).ConfigureAwait(false);
        await OutboxWriter.InsertAsync(connection, transaction, loaded.Id, outbox(loaded), _clock.GetUtcNow(), ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new CaseUpdateResult(CaseUpdateOutcome.Applied,
            ModerationCase.Restore(loaded.Id, loaded.Number, DraftOf(loaded), StateOf(loaded, loaded.Version + 1), loaded.AuditTrail));
    }
}

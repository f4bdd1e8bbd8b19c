using Dapper;
using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

public sealed partial class SqlCaseStore
{
    public async Task<CaseUpdateResult> RecordViewAsync(Guid id, string viewerId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(viewerId);
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await CaseWriteTransaction.BeginAsync(_database, connection, ct).ConfigureAwait(false);
        var viewed = await LoadAsync(connection, transaction, "id = @key", new { key = Key(id) }, ct).ConfigureAwait(false);
        if (viewed is null)
        {
            return new CaseUpdateResult(CaseUpdateOutcome.NotFound, null);
        }

        var position = viewed.AuditTrail.Count;
        viewed.RecordView(viewerId, _clock);

        // The version moves with every audit row: an action loaded before this view then conflicts instead of
        // writing its audit row at the position this view took.
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cases SET version = @next WHERE id = @key AND version = @loaded",
            new { key = Key(id), loaded = viewed.Version, next = viewed.Version + 1 }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        if (updated != 1)
        {
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            return new CaseUpdateResult(CaseUpdateOutcome.Conflict, null);
        }

        await InsertAuditAsync(connection, transaction, viewed, position, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new CaseUpdateResult(CaseUpdateOutcome.Applied,
            ModerationCase.Restore(viewed.Id, viewed.Number, DraftOf(viewed), StateOf(viewed, viewed.Version + 1), viewed.AuditTrail));
    }
}

using System.Data.Common;
using Dapper;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;

namespace ModerationBot.Cases;

/// <summary><see cref="ICaseStore"/> over the shared <see cref="StorageDatabase"/> (SQLite or PostgreSQL), same SQL for both.</summary>
public sealed partial class SqlCaseStore : ICaseStore
{
    // Two instances may bump the year's counter at once; the unique (year, sequence) constraint catches what
    // slips through (it should not, the counter row is locked), and the whole transaction is retried.
    private const int MaxNumberAttempts = 5;
    private readonly StorageDatabase _database;
    private readonly CaseDataProtector _protector;
    private readonly TimeProvider _clock;
    private readonly CaseAuthorization _authorization;

    public SqlCaseStore(StorageDatabase database, CaseDataProtector protector, TimeProvider clock, CaseAuthorization authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(clock);
        _database = database;
        _protector = protector;
        _clock = clock;
        _authorization = authorization;
    }

    public async Task<ModerationCase> CreateAsync(CaseDraft draft, CaseEvidence? evidence, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct) =>
        (await CreateWithRetryAsync(Guid.NewGuid(), draft, evidence, outbox, ct).ConfigureAwait(false)).Case;

    public Task<CaseCreation> CreateOnceAsync(Guid id, CaseDraft draft, CaseEvidence? evidence, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct) =>
        CreateWithRetryAsync(id, draft, evidence, outbox, ct);

    private async Task<CaseCreation> CreateWithRetryAsync(Guid id, CaseDraft draft, CaseEvidence? evidence, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(outbox);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryCreateAsync(id, draft, evidence, outbox, ct).ConfigureAwait(false);
            }
            catch (DbException ex) when (attempt < MaxNumberAttempts && CaseWriteTransaction.IsUniqueViolation(ex))
            {
                // Lost a race for a number, or for the id to another call of CreateOnceAsync: the next attempt reads
                // the counter again, or finds the case the other call stored.
            }
        }
    }

    private async Task<CaseCreation> TryCreateAsync(Guid id, CaseDraft draft, CaseEvidence? evidence, Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> outbox, CancellationToken ct)
    {
        var year = _clock.GetUtcNow().Year;
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await CaseWriteTransaction.BeginAsync(_database, connection, ct).ConfigureAwait(false);
        if (await LoadAsync(connection, transaction, "id = @key", new { key = Key(id) }, ct).ConfigureAwait(false) is { } existing)
        {
            return new CaseCreation(existing, Created: false);
        }

        var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO case_number_sequences (year, last_number) VALUES (@year, 1)
            ON CONFLICT (year) DO UPDATE SET last_number = case_number_sequences.last_number + 1
            RETURNING last_number
            """,
            new { year }, transaction, cancellationToken: ct)).ConfigureAwait(false);

        var created = ModerationCase.Open(id, new CaseNumber(year, checked((int)sequence)), draft, evidence is null ? null : id.ToString("N"), _clock);
        await InsertCaseAsync(connection, transaction, created, ct).ConfigureAwait(false);
        await InsertAuditAsync(connection, transaction, created, 0, ct).ConfigureAwait(false);
        if (evidence is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO case_evidence (case_id, protected_payload, created_at) VALUES (@id, @payload, @now)",
                new { id = Key(id), payload = _protector.ProtectEvidence(evidence), now = Millis(created.CreatedAt) },
                transaction, cancellationToken: ct)).ConfigureAwait(false);
        }

        await OutboxWriter.InsertAsync(connection, transaction, id, outbox(created), created.CreatedAt, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new CaseCreation(ModerationCase.Restore(created.Id, created.Number, DraftOf(created), StateOf(created, version: 1), created.AuditTrail), Created: true);
    }

    private async Task InsertCaseAsync(DbConnection connection, DbTransaction transaction, ModerationCase c, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO cases (id, year, sequence, kind, severity, status, reporter_user_id, reporter_aad_object_id,
                reporter_name_protected, responsible_manager_id, deputy_ids, platform, link, findings, redacted_comment,
                evidence_reference, police_report_number, closing_note, created_at, closed_at, version)
            VALUES (@id, @year, @sequence, @kind, @severity, @status, @reporterUserId, @reporterAadObjectId,
                @reporterName, @responsible, @deputies, @platform, @link, @findings, @redacted,
                @evidence, NULL, NULL, @createdAt, NULL, 1)
            """,
            new
            {
                id = Key(c.Id),
                year = c.Number.Year,
                sequence = c.Number.Sequence,
                kind = CaseCodes.Of(c.Kind),
                severity = CaseCodes.Of(c.Severity),
                status = CaseCodes.Of(c.Status),
                reporterUserId = c.Reporter.TeamsUserId,
                reporterAadObjectId = c.Reporter.AadObjectId,
                reporterName = _protector.ProtectReporterName(c.Reporter.DisplayName),
                responsible = c.ResponsibleManagerId,
                deputies = CaseJson.Serialize(c.DeputyIds),
                platform = c.Platform,
                link = c.Link,
                findings = CaseJson.Serialize(c.Findings),
                redacted = c.RedactedComment,
                evidence = c.EvidenceReference,
                createdAt = Millis(c.CreatedAt),
            },
            transaction, cancellationToken: ct)).ConfigureAwait(false);
        await InsertMembersAsync(connection, transaction, c, ct).ConfigureAwait(false);
    }

    private static async Task InsertMembersAsync(DbConnection connection, DbTransaction transaction, ModerationCase c, CancellationToken ct)
    {
        var members = new[] { c.Reporter.TeamsUserId, c.ResponsibleManagerId }.Concat(c.DeputyIds)
            .Where(m => !string.IsNullOrWhiteSpace(m))
            .Select(m => m.ToLowerInvariant())
            .Distinct()
            .Select(m => new { caseId = Key(c.Id), userId = m });
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO case_members (case_id, user_id) VALUES (@caseId, @userId) ON CONFLICT (case_id, user_id) DO NOTHING",
            members, transaction, cancellationToken: ct)).ConfigureAwait(false);
    }

    private async Task InsertAuditAsync(DbConnection connection, DbTransaction transaction, ModerationCase c, int fromPosition, CancellationToken ct)
    {
        var rows = c.AuditTrail.Skip(fromPosition).Select((entry, i) => new
        {
            caseId = Key(c.Id),
            position = fromPosition + i,
            actorId = entry.ActorId,
            action = CaseCodes.Of(entry.Action),
            at = Millis(entry.At),
            note = _protector.ProtectNote(entry.Note),
            checklistStep = entry.ChecklistStep is { } step ? CaseCodes.Of(step) : null,
        });
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO case_audit (case_id, position, actor_id, action, at, note, checklist_step)
            VALUES (@caseId, @position, @actorId, @action, @at, @note, @checklistStep)
            """,
            rows, transaction, cancellationToken: ct)).ConfigureAwait(false);
    }

    internal static string Key(Guid id) => id.ToString("N");

    internal static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();
}

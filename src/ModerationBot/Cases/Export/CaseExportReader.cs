using Dapper;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Export;

/// <summary>Reads cases opened in a date range for the registrar; needs no key ring, decrypts nothing.</summary>
public sealed class CaseExportReader
{
    private readonly StorageDatabase _database;

    public CaseExportReader(StorageDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Cases created from <paramref name="from"/> through <paramref name="to"/> (UTC days, inclusive), by number.</summary>
    public async Task<IReadOnlyList<CaseExportRecord>> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from)
        {
            throw new ArgumentException("The end date is before the start date.", nameof(to));
        }

        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<CaseRow>(new CommandDefinition(
            $"SELECT {CaseRow.Columns} FROM cases WHERE created_at >= @start AND created_at < @end ORDER BY year, sequence",
            new { start, end }, cancellationToken: ct)).ConfigureAwait(false)).ToList();
        var audit = (await connection.QueryAsync<AuditRow>(new CommandDefinition(
            """
            SELECT a.case_id AS CaseId, a.position AS Position, a.actor_id AS ActorId, a.action AS Action, a.at AS At, NULL AS Note
            FROM case_audit a JOIN cases c ON c.id = a.case_id
            WHERE c.created_at >= @start AND c.created_at < @end
            ORDER BY a.case_id, a.position
            """,
            new { start, end }, cancellationToken: ct)).ConfigureAwait(false)).ToLookup(a => a.CaseId);

        return [.. rows.Select(row => ToRecord(row, audit[row.Id]))];
    }

    private static CaseExportRecord ToRecord(CaseRow row, IEnumerable<AuditRow> audit)
    {
        var status = CaseCodes.Status(row.Status);
        var actions = audit
            .Where(a => a.Action != CaseCodes.Of(CaseAction.Viewed))
            .Select(a => new CaseExportAction(a.Action, DateTimeOffset.FromUnixTimeMilliseconds(a.At)))
            .ToList();
        return new CaseExportRecord(
            new CaseNumber((int)row.Year, (int)row.Sequence).ToString(),
            DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt),
            row.ClosedAt is { } closed ? DateTimeOffset.FromUnixTimeMilliseconds(closed) : null,
            row.Kind,
            row.Severity,
            row.Platform,
            row.Link,
            row.Status,
            row.PoliceReportNumber,
            actions,
            Outcome(status, row.PoliceReportNumber));
    }

    private static string Outcome(CaseStatus status, string? policeReportNumber) => status switch
    {
        CaseStatus.Closed when policeReportNumber is not null => "closed_police_reported",
        CaseStatus.Closed => "closed",
        _ => "open",
    };
}

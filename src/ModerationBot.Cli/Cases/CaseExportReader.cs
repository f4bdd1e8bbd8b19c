using System.Data.Common;
using Dapper;
using ModerationBot.Core.Cases;

namespace ModerationBot.Cli.Cases;

/// <summary>
/// Reads cases created in a date range straight from the bot's tables (schema: the host's migration 0010_cases).
/// The CLI does not reference the host on purpose: reading two tables needs no web host, options, Graph client or
/// key ring, and the migrations are the stable contract (they are only ever appended to). The CLI tests build the
/// database with the host's real migration scripts, so a schema change that breaks this fails there.
/// Only unencrypted, non-personal columns are selected: no evidence, reporter, notes or comment text.
/// </summary>
public sealed class CaseExportReader
{
    private readonly Func<CancellationToken, Task<DbConnection>> _open;

    public CaseExportReader(Func<CancellationToken, Task<DbConnection>> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        _open = open;
    }

    /// <summary>Cases created from <paramref name="from"/> through <paramref name="to"/> (UTC days, inclusive), by number.</summary>
    public async Task<IReadOnlyList<CaseExportRecord>> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from)
        {
            throw new ArgumentException("The end date is before the start date.", nameof(to));
        }

        var range = new
        {
            start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds(),
            end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds(),
        };
        await using var connection = await _open(ct).ConfigureAwait(false);
        var cases = await connection.QueryAsync<ExportRow>(new CommandDefinition(
            """
            SELECT id AS Id, year AS Year, sequence AS Sequence, kind AS Kind, severity AS Severity, status AS Status,
                platform AS Platform, link AS Link, police_report_number AS PoliceReportNumber,
                created_at AS CreatedAt, closed_at AS ClosedAt
            FROM cases WHERE created_at >= @start AND created_at < @end ORDER BY year, sequence
            """,
            range, cancellationToken: ct)).ConfigureAwait(false);
        var actions = (await connection.QueryAsync<ActionRow>(new CommandDefinition(
            """
            SELECT a.case_id AS CaseId, a.action AS Action, a.at AS At
            FROM case_audit a JOIN cases c ON c.id = a.case_id
            WHERE c.created_at >= @start AND c.created_at < @end AND a.action <> 'viewed'
            ORDER BY a.case_id, a.position
            """,
            range, cancellationToken: ct)).ConfigureAwait(false)).ToLookup(a => a.CaseId);

        return [.. cases.Select(row => row.ToRecord(actions[row.Id]))];
    }

    private sealed class ExportRow
    {
        public string Id { get; init; } = "";

        public long Year { get; init; }

        public long Sequence { get; init; }

        public string Kind { get; init; } = "";

        public string Severity { get; init; } = "";

        public string Status { get; init; } = "";

        public string Platform { get; init; } = "";

        public string? Link { get; init; }

        public string? PoliceReportNumber { get; init; }

        public long CreatedAt { get; init; }

        public long? ClosedAt { get; init; }

        public CaseExportRecord ToRecord(IEnumerable<ActionRow> actions) => new(
            new CaseNumber((int)Year, (int)Sequence).ToString(),
            DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
            ClosedAt is { } closed ? DateTimeOffset.FromUnixTimeMilliseconds(closed) : null,
            Kind,
            Severity,
            Platform,
            Link,
            Status,
            PoliceReportNumber,
            [.. actions.Select(a => new CaseExportAction(a.Action, DateTimeOffset.FromUnixTimeMilliseconds(a.At)))],
            Status != "closed" ? "open" : PoliceReportNumber is null ? "closed" : "closed_police_reported");
    }

    private sealed class ActionRow
    {
        public string CaseId { get; init; } = "";

        public string Action { get; init; } = "";

        public long At { get; init; }
    }
}

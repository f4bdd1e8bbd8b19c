using Dapper;
using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

public sealed partial class SqlCaseStore
{
    public async Task<IReadOnlyList<ModerationCase>> ListUnacknowledgedAsync(CaseSeverity severity, DateTimeOffset openedBefore, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(
            $"""
            SELECT {CaseRow.Columns} FROM cases
            WHERE status = @status AND severity = @severity AND created_at <= @openedBefore
            ORDER BY created_at, id
            """,
            new { status = CaseCodes.Of(CaseStatus.New), severity = CaseCodes.Of(severity), openedBefore = Millis(openedBefore) },
            cancellationToken: ct)).ConfigureAwait(false);
        var cases = new List<ModerationCase>();
        foreach (var row in rows)
        {
            cases.Add(await ToCaseAsync(connection, null, row, ct).ConfigureAwait(false));
        }

        return cases;
    }
}

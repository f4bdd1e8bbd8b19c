using System.Data.Common;
using Dapper;

namespace ModerationBot.Cli.Tests.Cases;

/// <summary>
/// Creates the bot's schema from its real migration scripts and writes three cases as the host's case store writes
/// them; the personal columns hold plaintext markers that the export must never show.
/// </summary>
internal static class CaseLogSeed
{
    public static async Task FillAsync(DbConnection connection, string provider)
    {
        foreach (var script in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Migrations", provider), "*.sql").Order(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(await File.ReadAllTextAsync(script));
        }

        await InsertCaseAsync(connection, "c1", 1, "threat", "closed", "=HYPERLINK(\"http://x\")", "5000-K7-26", At(2026, 3, 10, 9, 30), At(2026, 3, 12, 10, 30),
            ("created", At(2026, 3, 10, 9, 30), null),
            ("note_added", At(2026, 3, 10, 10, 30), CaseLogFixture.Note),
            ("police_reported", At(2026, 3, 11, 10, 30), null),
            ("closed", At(2026, 3, 12, 10, 30), CaseLogFixture.ClosingNote));
        await InsertCaseAsync(connection, "c2", 2, "harassment", "new", "https://example.org/p/2", null, At(2026, 4, 30, 23, 59), null,
            ("created", At(2026, 4, 30, 23, 59), null),
            ("viewed", At(2026, 4, 30, 23, 59), null));
        await InsertCaseAsync(connection, "c3", 3, "other", "in_progress", null, null, At(2026, 5, 1, 0, 0), null,
            ("created", At(2026, 5, 1, 0, 0), null));
        await connection.ExecuteAsync(
            "INSERT INTO case_evidence (case_id, protected_payload, created_at) VALUES ('c1', @payload, 0)", new { payload = CaseLogFixture.EvidenceText });
    }

    private static long At(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static async Task InsertCaseAsync(DbConnection connection, string id, int sequence, string kind, string status, string? link, string? police, long createdAt, long? closedAt, params (string Action, long At, string? Note)[] audit)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO cases (id, year, sequence, kind, severity, status, reporter_user_id, reporter_aad_object_id,
                reporter_name_protected, responsible_manager_id, deputy_ids, platform, link, findings, redacted_comment,
                evidence_reference, police_report_number, closing_note, created_at, closed_at, version)
            VALUES (@id, 2026, @sequence, @kind, 'high', @status, @reporterId, 'aad-1', @reporterName, '29:manager', '["29:deputy"]',
                'facebook', @link, '{"ruleIds":["threat-violence"],"threat":"violence"}', @redacted, @id, @police, @closingNote,
                @createdAt, @closedAt, 1)
            """,
            new
            {
                id, sequence, kind, status, link, police, createdAt, closedAt,
                reporterId = CaseLogFixture.ReporterId, reporterName = CaseLogFixture.ReporterName, redacted = CaseLogFixture.RedactedComment,
                closingNote = closedAt is null ? null : CaseLogFixture.ClosingNote,
            });
        await connection.ExecuteAsync(
            "INSERT INTO case_audit (case_id, position, actor_id, action, at, note) VALUES (@id, @position, @actor, @action, @at, @note)",
            audit.Select((a, i) => new { id, position = i, actor = i == 0 ? CaseLogFixture.ReporterId : "29:manager", action = a.Action, at = a.At, note = a.Note }));
    }
}

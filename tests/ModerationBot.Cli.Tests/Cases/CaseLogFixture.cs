using System.CommandLine;
using Dapper;
using Microsoft.Data.Sqlite;
using ModerationBot.Cli.Cases;

namespace ModerationBot.Cli.Tests.Cases;

/// <summary>
/// A bot data directory built with the bot's own SQLite migrations, holding three cases, and a way to run the CLI
/// on it. The CLI tests cannot load the host assembly (its name differs from the CLI's only in case), so rows are
/// written as the host's case store writes them; personal columns hold plaintext markers that must never appear.
/// </summary>
public sealed class CaseLogFixture : IAsyncLifetime
{
    public const string ReporterName = "Greta Anmälarsson";
    public const string ReporterId = "29:reporter-1";
    public const string EvidenceText = "original threat text 91c2";
    public const string ClosingNote = "Talked to the colleague 55ab";
    public const string Note = "Phoned the page owner 73de";
    public const string RedactedComment = "You will [redacted] pay 18fe";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("case-export-");

    public string DataDirectory => Path.Combine(_root.FullName, "data");

    public string Root => _root.FullName;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, CaseExportRunner.DatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        foreach (var script in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Migrations"), "*.sql").Order(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(await File.ReadAllTextAsync(script));
        }

        await InsertCaseAsync(connection, "c1", 1, "threat", "closed", "=HYPERLINK(\"http://x\")", "5000-K7-26", At(2026, 3, 10, 9, 30), At(2026, 3, 12, 10, 30),
            ("created", At(2026, 3, 10, 9, 30), null),
            ("note_added", At(2026, 3, 10, 10, 30), Note),
            ("police_reported", At(2026, 3, 11, 10, 30), null),
            ("closed", At(2026, 3, 12, 10, 30), ClosingNote));
        await InsertCaseAsync(connection, "c2", 2, "harassment", "new", "https://example.org/p/2", null, At(2026, 4, 30, 23, 59), null,
            ("created", At(2026, 4, 30, 23, 59), null),
            ("viewed", At(2026, 4, 30, 23, 59), null));
        await InsertCaseAsync(connection, "c3", 3, "other", "in_progress", null, null, At(2026, 5, 1, 0, 0), null,
            ("created", At(2026, 5, 1, 0, 0), null));
        await connection.ExecuteAsync(
            "INSERT INTO case_evidence (case_id, protected_payload, created_at) VALUES ('c1', @payload, 0)", new { payload = EvidenceText });
    }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { CasesCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = root.Parse(["cases", "export", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    private static long At(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static async Task InsertCaseAsync(SqliteConnection connection, string id, int sequence, string kind, string status, string? link, string? police, long createdAt, long? closedAt, params (string Action, long At, string? Note)[] audit)
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
                reporterId = ReporterId, reporterName = ReporterName, redacted = RedactedComment,
                closingNote = closedAt is null ? null : ClosingNote,
            });
        await connection.ExecuteAsync(
            "INSERT INTO case_audit (case_id, position, actor_id, action, at, note) VALUES (@id, @position, @actor, @action, @at, @note)",
            audit.Select((a, i) => new { id, position = i, actor = i == 0 ? ReporterId : "29:manager", action = a.Action, at = a.At, note = a.Note }));
    }
}

namespace ModerationBot.Cases;

/// <summary>One row of <c>cases</c> as Dapper reads it (times as Unix milliseconds).</summary>
internal sealed class CaseRow
{
    public string Id { get; init; } = "";

    public long Year { get; init; }

    public long Sequence { get; init; }

    public string Kind { get; init; } = "";

    public string Severity { get; init; } = "";

    public string Status { get; init; } = "";

    public string ReporterUserId { get; init; } = "";

    public string ReporterAadObjectId { get; init; } = "";

    public string ReporterNameProtected { get; init; } = "";

    public string ResponsibleManagerId { get; init; } = "";

    public string DeputyIds { get; init; } = "[]";

    public string Platform { get; init; } = "";

    public string? Link { get; init; }

    public string Findings { get; init; } = "{}";

    public string RedactedComment { get; init; } = "";

    public string? EvidenceReference { get; init; }

    public string? PoliceReportNumber { get; init; }

    public string? ClosingNote { get; init; }

    public long CreatedAt { get; init; }

    public long? ClosedAt { get; init; }

    public long Version { get; init; }

    public const string Columns =
        """
        id AS Id, year AS Year, sequence AS Sequence, kind AS Kind, severity AS Severity, status AS Status,
        reporter_user_id AS ReporterUserId, reporter_aad_object_id AS ReporterAadObjectId,
        reporter_name_protected AS ReporterNameProtected, responsible_manager_id AS ResponsibleManagerId,
        deputy_ids AS DeputyIds, platform AS Platform, link AS Link, findings AS Findings,
        redacted_comment AS RedactedComment, evidence_reference AS EvidenceReference,
        police_report_number AS PoliceReportNumber, closing_note AS ClosingNote, created_at AS CreatedAt,
        closed_at AS ClosedAt, version AS Version
        """;
}

namespace ModerationBot.Cases;

/// <summary>One row of <c>case_audit</c>.</summary>
internal sealed class AuditRow
{
    public string CaseId { get; init; } = "";

    public long Position { get; init; }

    public string ActorId { get; init; } = "";

    public string Action { get; init; } = "";

    public long At { get; init; }

    public string? Note { get; init; }

    public string? ChecklistStep { get; init; }
}

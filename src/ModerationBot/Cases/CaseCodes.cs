using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

/// <summary>The stable snake_case codes the database and the export use for the case enums.</summary>
public static class CaseCodes
{
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.New => "new",
        CaseStatus.Acknowledged => "acknowledged",
        CaseStatus.InProgress => "in_progress",
        CaseStatus.PoliceReported => "police_reported",
        CaseStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(CaseKind kind) => kind switch
    {
        CaseKind.Threat => "threat",
        CaseKind.Harassment => "harassment",
        CaseKind.SensitiveData => "sensitive_data",
        CaseKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(CaseSeverity severity) => severity switch
    {
        CaseSeverity.Low => "low",
        CaseSeverity.Medium => "medium",
        CaseSeverity.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static string Of(CaseAction action) => action switch
    {
        CaseAction.Created => "created",
        CaseAction.Acknowledged => "acknowledged",
        CaseAction.TookOver => "took_over",
        CaseAction.Resumed => "resumed",
        CaseAction.PoliceReported => "police_reported",
        CaseAction.NoteAdded => "note_added",
        CaseAction.Closed => "closed",
        CaseAction.Viewed => "viewed",
        CaseAction.EvidenceDeleted => "evidence_deleted",
        CaseAction.Escalated => "escalated",
        CaseAction.ReminderSent => "reminder_sent",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static CaseStatus Status(string code) => Parse<CaseStatus>(code, Of);

    public static CaseKind Kind(string code) => Parse<CaseKind>(code, Of);

    public static CaseSeverity Severity(string code) => Parse<CaseSeverity>(code, Of);

    public static CaseAction Action(string code) => Parse<CaseAction>(code, Of);

    private static T Parse<T>(string code, Func<T, string> format)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (format(value) == code)
            {
                return value;
            }
        }

        throw new InvalidDataException($"Unknown {typeof(T).Name} code in the case tables.");
    }
}

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
        CaseAction.ReporterInformationAdded => "reporter_information_added",
        CaseAction.ChecklistStepRecorded => "checklist_step_recorded",
        CaseAction.Escalated => "escalated",
        CaseAction.ReminderSent => "reminder_sent",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static string Of(CaseChecklistStep step) => step switch
    {
        CaseChecklistStep.TalkToEmployee => "talk_to_employee",
        CaseChecklistStep.AssessRisk => "assess_risk",
        CaseChecklistStep.DocumentActions => "document_actions",
        CaseChecklistStep.OfferSupport => "offer_support",
        CaseChecklistStep.ConsiderPoliceReport => "consider_police_report",
        CaseChecklistStep.FollowUp => "follow_up",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public static CaseStatus Status(string code) => Parse<CaseStatus>(code, Of);

    public static CaseKind Kind(string code) => Parse<CaseKind>(code, Of);

    public static CaseSeverity Severity(string code) => Parse<CaseSeverity>(code, Of);

    public static CaseAction Action(string code) => Parse<CaseAction>(code, Of);

    public static CaseChecklistStep ChecklistStep(string code) => Parse<CaseChecklistStep>(code, Of);

    /// <summary>The step for <paramref name="code"/>, or null when it is none (input from a card).</summary>
    public static CaseChecklistStep? TryChecklistStep(string? code) =>
        Enum.GetValues<CaseChecklistStep>().Cast<CaseChecklistStep?>().FirstOrDefault(step => Of(step!.Value) == code);

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

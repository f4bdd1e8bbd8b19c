namespace ModerationBot.Cases.Actions;

/// <summary>The verbs of the escalation case card's <c>Action.Execute</c> buttons, and the names of their inputs.</summary>
public static class CaseVerbs
{
    public const string Acknowledge = "case.acknowledge";
    public const string TakeOver = "case.takeover";
    public const string PoliceReport = "case.police";
    public const string Note = "case.note";
    public const string Close = "case.close";
    public const string Refresh = "case.refresh";

    /// <summary>The data key holding the case id (<c>N</c> format).</summary>
    public const string CaseIdKey = "caseId";

    public const string ReportNumberInputId = "policeReportNumber";
    public const string NoteInputId = "caseNote";
    public const string ClosingNoteInputId = "caseClosingNote";

    /// <summary>Longest note or report number kept; longer text is refused with a message, not cut.</summary>
    public const int MaxNoteLength = 2_000;

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Acknowledge, TakeOver, PoliceReport, Note, Close, Refresh };
}

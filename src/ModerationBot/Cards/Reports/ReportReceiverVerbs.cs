namespace ModerationBot.Cards.Reports;

/// <summary>The Universal Action verbs of the receiver's report card, and the names of the data and inputs they carry.</summary>
public static class ReportReceiverVerbs
{
    public const string Acknowledge = "report.acknowledge";
    public const string Step = "report.step";
    public const string Close = "report.close";
    public const string Refresh = "report.refresh";
    public const string View = "report.view";

    /// <summary>The case id (32 hex digits).</summary>
    public const string CaseIdKey = "caseId";

    /// <summary>Input: the checklist step's code.</summary>
    public const string StepInputId = "checklistStep";

    /// <summary>Input: the note recorded with a step.</summary>
    public const string NoteInputId = "checklistNote";

    /// <summary>Input: the closing note.</summary>
    public const string ClosingNoteInputId = "closingNote";

    /// <summary>The longest note or closing note accepted; a longer one is refused with a message, never cut.</summary>
    public const int MaxNoteLength = 4_000;

    /// <summary>Every verb the receiver's card sends.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Acknowledge, Step, Close, Refresh, View };
}

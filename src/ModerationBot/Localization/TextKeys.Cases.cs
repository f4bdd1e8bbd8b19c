namespace ModerationBot.Localization;

/// <content>Texts of the escalation case card's actions and of the reporter's status messages.</content>
public static partial class TextKeys
{
    public const string CaseFactStatus = "case.fact.status";
    public const string CaseAcknowledge = "case.acknowledge";
    public const string CaseTakeOver = "case.takeOver";
    public const string CasePoliceReport = "case.policeReport";
    public const string CasePoliceReportNumber = "case.policeReportNumber";
    public const string CaseAddNote = "case.addNote";
    public const string CaseNote = "case.note";
    public const string CaseClose = "case.close";
    public const string CaseClosingNote = "case.closingNote";
    public const string CaseSave = "case.save";
    public const string CaseDone = "case.done";
    public const string CaseReportNumberRequired = "case.reportNumberRequired";
    public const string CaseNoteRequired = "case.noteRequired";
    public const string CaseClosingNoteRequired = "case.closingNoteRequired";
    public const string CaseTextTooLong = "case.textTooLong";
    public const string CaseConflict = "case.conflict";
    public const string CaseNotAllowed = "case.notAllowed";
    public const string CaseNotFound = "case.notFound";
    public const string CaseReporterStatus = "case.reporterStatus";
    public const string CaseListTitle = "case.list.title";
    public const string CaseListEmpty = "case.list.empty";
    public const string CaseListItem = "case.list.item";
    public const string CaseListHowToOpen = "case.list.howToOpen";
    public const string CaseKindThreat = "case.kind.threat";
    public const string CaseKindHarassment = "case.kind.harassment";
    public const string CaseKindSensitiveData = "case.kind.sensitiveData";
    public const string CaseKindOther = "case.kind.other";
}

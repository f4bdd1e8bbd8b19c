namespace ModerationBot.Localization;

/// <content>The receiver of a harassment report: the report card, the checklist, actions and the employee's notices.</content>
public static partial class TextKeys
{
    public const string ReportReceiverTitle = "reportReceiver.title";
    public const string ReportReceiverIntro = "reportReceiver.intro";
    public const string ReportReceiverFactStatus = "reportReceiver.fact.status";
    public const string ReportReceiverFactReceived = "reportReceiver.fact.received";
    public const string ReportReceiverFactReporter = "reportReceiver.fact.reporter";
    public const string ReportReceiverFactClosed = "reportReceiver.fact.closed";
    public const string ReportReceiverStatusNew = "reportReceiver.status.new";
    public const string ReportReceiverStatusAcknowledged = "reportReceiver.status.acknowledged";
    public const string ReportReceiverStatusInProgress = "reportReceiver.status.inProgress";
    public const string ReportReceiverStatusPoliceReported = "reportReceiver.status.policeReported";
    public const string ReportReceiverStatusClosed = "reportReceiver.status.closed";
    public const string ReportReceiverEvidenceDeleted = "reportReceiver.evidenceDeleted";
    public const string ReportReceiverAdditionsHeading = "reportReceiver.additions.heading";
    public const string ReportReceiverChecklistHeading = "reportReceiver.checklist.heading";
    public const string ReportReceiverStepTalkToEmployee = "reportReceiver.step.talkToEmployee";
    public const string ReportReceiverStepAssessRisk = "reportReceiver.step.assessRisk";
    public const string ReportReceiverStepDocumentActions = "reportReceiver.step.documentActions";
    public const string ReportReceiverStepOfferSupport = "reportReceiver.step.offerSupport";
    public const string ReportReceiverStepConsiderPoliceReport = "reportReceiver.step.considerPoliceReport";
    public const string ReportReceiverStepFollowUp = "reportReceiver.step.followUp";
    public const string ReportReceiverStepDone = "reportReceiver.step.done";
    public const string ReportReceiverStepNotDone = "reportReceiver.step.notDone";
    public const string ReportReceiverByYou = "reportReceiver.by.you";
    public const string ReportReceiverByResponsible = "reportReceiver.by.responsible";
    public const string ReportReceiverByOther = "reportReceiver.by.other";
    public const string ReportReceiverAcknowledge = "reportReceiver.acknowledge";
    public const string ReportReceiverRecordHeading = "reportReceiver.record.heading";
    public const string ReportReceiverRecordStepLabel = "reportReceiver.record.step";
    public const string ReportReceiverRecordStepRequired = "reportReceiver.record.stepRequired";
    public const string ReportReceiverRecordNoteLabel = "reportReceiver.record.note";
    public const string ReportReceiverRecordSubmit = "reportReceiver.record.submit";
    public const string ReportReceiverCloseButton = "reportReceiver.close.button";
    public const string ReportReceiverCloseNoteLabel = "reportReceiver.close.note";
    public const string ReportReceiverCloseNoteRequired = "reportReceiver.close.noteRequired";
    public const string ReportReceiverCloseConfirm = "reportReceiver.close.confirm";
    public const string ReportReceiverClosingNoteHeading = "reportReceiver.closingNote.heading";
    public const string ReportReceiverNoteTooLong = "reportReceiver.noteTooLong";
    public const string ReportReceiverRefused = "reportReceiver.refused";
    public const string ReportReceiverConflict = "reportReceiver.conflict";
    public const string ReportReceiverClosedAlready = "reportReceiver.closedAlready";
    public const string ReportReceiverDoneAcknowledged = "reportReceiver.done.acknowledged";
    public const string ReportReceiverDoneStep = "reportReceiver.done.step";
    public const string ReportReceiverDoneClosed = "reportReceiver.done.closed";
    public const string ReportReceiverMineTitle = "reportReceiver.mine.title";
    public const string ReportReceiverMineIntro = "reportReceiver.mine.intro";
    public const string ReportReceiverMineSent = "reportReceiver.mine.sent";
    public const string ReportReceiverNoticeAcknowledged = "reportReceiver.notice.acknowledged";
    public const string ReportReceiverNoticeClosed = "reportReceiver.notice.closed";
    public const string ReportReceiverViewButton = "reportReceiver.view.button";
    public const string ReportReceiverNotification = "reportReceiver.notification";
    public const string ReportReceiverOpen = "reportReceiver.open";
}

using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Reports;

/// <summary>How the receiver's card words statuses, checklist steps and times.</summary>
internal static class ReportReceiverTexts
{
    // The employees and receivers are in Swedish municipalities: times read as Swedish local time in both languages.
    private static readonly TimeZoneInfo s_zone = FindZone();

    public static string Status(CaseStatus status, BotTexts texts) => texts[status switch
    {
        CaseStatus.New => TextKeys.ReportReceiverStatusNew,
        CaseStatus.Acknowledged => TextKeys.ReportReceiverStatusAcknowledged,
        CaseStatus.InProgress => TextKeys.ReportReceiverStatusInProgress,
        CaseStatus.PoliceReported => TextKeys.ReportReceiverStatusPoliceReported,
        CaseStatus.Closed => TextKeys.ReportReceiverStatusClosed,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    }];

    public static string Step(CaseChecklistStep step, BotTexts texts) => texts[step switch
    {
        CaseChecklistStep.TalkToEmployee => TextKeys.ReportReceiverStepTalkToEmployee,
        CaseChecklistStep.AssessRisk => TextKeys.ReportReceiverStepAssessRisk,
        CaseChecklistStep.DocumentActions => TextKeys.ReportReceiverStepDocumentActions,
        CaseChecklistStep.OfferSupport => TextKeys.ReportReceiverStepOfferSupport,
        CaseChecklistStep.ConsiderPoliceReport => TextKeys.ReportReceiverStepConsiderPoliceReport,
        CaseChecklistStep.FollowUp => TextKeys.ReportReceiverStepFollowUp,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    }];

    /// <summary>Date and time in Swedish local time, formatted for the language.</summary>
    public static string Time(DateTimeOffset at, BotTexts texts) =>
        TimeZoneInfo.ConvertTime(at, s_zone).ToString("g", texts.Culture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without time zone data: UTC is still a correct, if less friendly, time.
            return TimeZoneInfo.Utc;
        }
    }
}

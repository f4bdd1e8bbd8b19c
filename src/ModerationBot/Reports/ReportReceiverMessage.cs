using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Reports;

/// <summary>The message queued for the receiver when a report is sent: the receiver's card, in the receiver's language.</summary>
internal static class ReportReceiverMessage
{
    public static Activity Build(ModerationCase opened, HarassmentReportDetails details, BotTexts texts) =>
        ActivityFactory.MessageWithAttachment(
            ReportReceiverCard.Build(opened, details, texts, CaseAccess.Act, opened.ResponsibleManagerId).ToAttachment());
}

using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Reports;

/// <summary>
/// The message queued for the receiver when a report is sent, in the receiver's language: the number and an open
/// button, never the report itself (the outbox is not encrypted, and opening it is audited).
/// </summary>
internal static class ReportReceiverMessage
{
    public static Activity Build(ModerationCase opened, BotTexts texts) =>
        ActivityFactory.MessageWithAttachment(ReportReceiverCard.Notification(opened, texts).ToAttachment());
}

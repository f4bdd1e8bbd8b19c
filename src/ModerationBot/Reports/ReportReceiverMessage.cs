using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Reports;

/// <summary>The message queued for the receiver when a report is sent, in the receiver's language.</summary>
internal static class ReportReceiverMessage
{
    public static Activity Build(ModerationCase opened, ReportFormValues values, BotTexts texts)
    {
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = opened.Number.ToString() };
        card.Body.Add(new TextBlock(opened.Number.ToString()) { Weight = TextWeight.Bolder, Wrap = true });
        card.Body.AddRange(ReportSummary.Elements(values, texts));
        return ActivityFactory.MessageWithAttachment(card.ToAttachment());
    }
}

using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Reports;

/// <summary>
/// What the employee who reported is told when the receiver acknowledges or closes the report: one line and a button
/// to their own view of the report's progress. It names the case number only, never the receiver's notes.
/// </summary>
public static class ReportEmployeeNoticeCard
{
    public static AdaptiveCard Build(ModerationCase report, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        var text = texts.Format(report.IsOpen ? TextKeys.ReportReceiverNoticeAcknowledged : TextKeys.ReportReceiverNoticeClosed, report.Number.ToString());
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = text,
            Body = { ReportCardParts.Text(text) },
            Actions = { ReportReceiverActions.Execute(texts[TextKeys.ReportReceiverViewButton], ReportReceiverVerbs.View, report) },
        };
    }
}

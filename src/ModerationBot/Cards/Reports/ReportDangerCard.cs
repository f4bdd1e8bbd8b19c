using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The first step of every report: "Are you in immediate danger?", before anything else is asked.</summary>
public static class ReportDangerCard
{
    public static AdaptiveCard Build(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var card = ReportCardParts.NewCard(texts, texts[TextKeys.ReportDangerQuestion]);
        card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportDangerIntro]));
        var danger = ReportCardParts.Button(texts[TextKeys.ReportDangerYes], ReportCardParts.Command(ReportCommands.Danger));
        danger.Style = ActionStyle.Destructive;
        card.Actions.Add(danger);
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportDangerNo], ReportCardParts.Command(ReportCommands.Form)));
        return card;
    }
}

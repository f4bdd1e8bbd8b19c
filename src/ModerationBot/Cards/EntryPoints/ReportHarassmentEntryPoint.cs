using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.EntryPoints;

/// <summary>Reporting harassment (<c>anmäl</c>/<c>report</c>): the button opens the report as a dialog in Teams, in the chat elsewhere.</summary>
public sealed class ReportHarassmentEntryPoint : IEntryPoint
{
    public string Describe(BotTexts texts) =>
        texts.Format(TextKeys.ReportEntryDescription, texts[TextKeys.ReportCommand]);

    public CardAction CreateAction(BotTexts texts) =>
        SubmitAction.TaskFetch(texts[TextKeys.ReportEntryButton], new Dictionary<string, string> { [CardCommands.DataKey] = ReportCommands.Open });
}

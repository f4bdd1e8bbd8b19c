using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>No receiver could be found: nothing is sent, nothing is lost, the draft can be saved, and the HR contact is named.</summary>
public static class ReportUnroutableCard
{
    public static AdaptiveCard Build(BotTexts texts, ReportFormValues values, ReportContact hrContact)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(hrContact);
        var card = ReportCardParts.NewCard(texts, texts[TextKeys.ReportUnroutableTitle]);
        card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportUnroutableBody]));
        var contact = ReportCardParts.ContactLines(hrContact, texts).ToList();
        if (contact.Count > 0)
        {
            card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportUnroutableContact]));
            card.Body.Add(new TextBlock(string.Join("\r", contact)) { Wrap = true, Spacing = Spacing.Small });
        }

        var save = ReportCardParts.Button(texts[TextKeys.ReportSaveDraft], values.ToData(ReportCommands.SaveDraft));
        save.Style = ActionStyle.Positive;
        card.Actions.Add(save);
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportEdit], values.ToData(ReportCommands.Form)));
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportCancel], ReportCardParts.Command(ReportCommands.Cancel)));
        return card;
    }
}

using ModerationBot.BotFramework.Cards;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The last step before sending: who receives the report, what it says, and Send / Save draft / Edit / Cancel.</summary>
public static class ReportPreviewCard
{
    public static AdaptiveCard Build(BotTexts texts, ReportFormValues values, EscalationReceiver receiver, EscalationRouteSource source)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(receiver);
        var card = ReportCardParts.NewCard(texts, texts[TextKeys.ReportPreviewHeading]);
        card.Body.Add(ReportCardParts.Text(ReceiverLine(texts, receiver, source)));
        card.Body.Add(new TextBlock(texts[TextKeys.ReportPreviewPrivacy]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        card.Body.AddRange(ReportSummary.Elements(values, texts));
        var send = ReportCardParts.Button(texts[TextKeys.ReportSend], values.ToData(ReportCommands.Send));
        send.Style = ActionStyle.Positive;
        card.Actions.Add(send);
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportSaveDraft], values.ToData(ReportCommands.SaveDraft)));
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportEdit], values.ToData(ReportCommands.Form)));
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportCancel], ReportCardParts.Command(ReportCommands.Cancel)));
        return card;
    }

    /// <summary>"This goes to NN (your manager)", or the HR contact, or just the name.</summary>
    public static string ReceiverLine(BotTexts texts, EscalationReceiver receiver, EscalationRouteSource source)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(receiver);
        var name = string.IsNullOrWhiteSpace(receiver.DisplayName) ? texts[TextKeys.ReportPreviewUnnamed] : receiver.DisplayName.Trim();
        var key = source switch
        {
            EscalationRouteSource.GraphManager => TextKeys.ReportPreviewToManager,
            EscalationRouteSource.HrContact => TextKeys.ReportPreviewToHr,
            _ => TextKeys.ReportPreviewToOther,
        };
        return texts.Format(key, name);
    }
}

using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The answer to "yes, I am in danger": 112 and the configured security contact first, the report after.</summary>
public static class ReportSafetyCard
{
    public static AdaptiveCard Build(BotTexts texts, ReportContact securityContact)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(securityContact);
        var card = ReportCardParts.NewCard(texts, texts[TextKeys.ReportSafetyCall112]);
        card.Body[0] = new TextBlock(texts[TextKeys.ReportSafetyCall112])
        {
            Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Style = TextBlockStyle.Heading, Wrap = true,
        };
        card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportSafetyBody]));
        card.Body.Add(ReportCardParts.SubHeading(texts[TextKeys.ReportSafetyContactHeading]));
        var lines = ReportCardParts.ContactLines(securityContact, texts).ToList();
        card.Body.Add(lines.Count > 0
            ? new TextBlock(string.Join("\r", lines)) { Wrap = true, Spacing = Spacing.Small }
            : ReportCardParts.Text(texts[TextKeys.ReportSafetyNoContact]));
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportSafetyContinue], ReportCardParts.Command(ReportCommands.Form)));
        return card;
    }
}

using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The confirmation after sending: the case number, who has it, how to keep evidence and the employer's support.</summary>
public static class ReportSentCard
{
    /// <summary>The property of the add-information button's data that holds the case number.</summary>
    public const string CaseNumberKey = "caseNumber";

    public static AdaptiveCard Build(BotTexts texts, string caseNumber, string receiverName, IReadOnlyList<ReportContact> support)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(support);
        var card = ReportCardParts.NewCard(texts, texts[TextKeys.ReportSentTitle]);
        card.Body.Add(ReportCardParts.Text(texts.Format(TextKeys.ReportSentBody, caseNumber, receiverName)));
        card.Body.Add(ReportCardParts.SubHeading(texts[TextKeys.ReportEvidenceHeading]));
        card.Body.Add(ReportCardParts.Bullets(
        [
            texts[TextKeys.ReportEvidenceScreenshots],
            texts[TextKeys.ReportEvidenceKeep],
            texts[TextKeys.ReportEvidenceBlock],
            texts[TextKeys.ReportEvidencePolice],
        ]));
        card.Body.Add(ReportCardParts.SubHeading(texts[TextKeys.ReportSupportHeading]));
        var offered = support.Where(s => !s.IsEmpty).ToList();
        if (offered.Count == 0)
        {
            card.Body.Add(ReportCardParts.Text(texts[TextKeys.ReportSupportNone]));
        }

        foreach (var contact in offered)
        {
            card.Body.Add(new TextBlock(string.Join("\r", ReportCardParts.ContactLines(contact, texts))) { Wrap = true, Spacing = Spacing.Small });
        }

        var data = ReportCardParts.Command(ReportCommands.AddInfo);
        data[CaseNumberKey] = caseNumber;
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportAddInfoButton], data));
        return card;
    }
}

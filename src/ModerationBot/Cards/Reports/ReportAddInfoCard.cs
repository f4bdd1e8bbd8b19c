using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The form for adding information to a sent report; after a refusal it comes back with the text kept.</summary>
public static class ReportAddInfoCard
{
    /// <summary>The id of the text input, also the property of the submitted data.</summary>
    public const string InformationId = "information";

    /// <summary>The most one addition may hold.</summary>
    public const int MaxInformationLength = 4_000;

    public static AdaptiveCard Build(BotTexts texts, string caseNumber, string? information = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var card = ReportCardParts.NewCard(texts, texts.Format(TextKeys.ReportAddInfoTitle, caseNumber));
        if (error is not null)
        {
            card.Body.Add(ReportCardParts.Attention(error, "error"));
        }

        card.Body.Add(new TextInput(InformationId)
        {
            Label = texts[TextKeys.ReportAddInfoLabel],
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = texts[TextKeys.ReportAddInfoRequired],
            MaxLength = MaxInformationLength,
            Value = information,
        });
        var data = ReportCardParts.Command(ReportCommands.AddInfo);
        data[ReportSentCard.CaseNumberKey] = caseNumber;
        var submit = ReportCardParts.Button(texts[TextKeys.ReportAddInfoSubmit], data, sendsInputs: true);
        submit.Style = ActionStyle.Positive;
        card.Actions.Add(submit);
        return card;
    }
}

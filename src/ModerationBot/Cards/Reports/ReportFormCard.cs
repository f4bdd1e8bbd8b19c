using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>
/// The report form. After a refused submission it comes back with everything entered and, above each field that
/// needs fixing, a kind message saying what to do.
/// </summary>
public static class ReportFormCard
{
    public static AdaptiveCard Build(BotTexts texts, ReportFormValues? values, IReadOnlyList<ReportFieldError> errors, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        values ??= new ReportFormValues();
        var card = ReportCardParts.NewCard(texts, texts[TextKeys.ReportTitle]);
        card.Body.Add(new TextBlock(texts[TextKeys.ReportFormIntro]) { Wrap = true, IsSubtle = true });
        if (errors.Count > 0)
        {
            card.Body.Add(ReportCardParts.Attention(texts[TextKeys.ReportFormErrors], "errors"));
        }

        void Add(CardInput input)
        {
            if (errors.FirstOrDefault(e => e.Field == input.Id) is { } error)
            {
                card.Body.Add(ReportCardParts.Attention(error.Message, input.Id + "-error"));
            }

            card.Body.Add(input);
        }

        Add(Choices(ReportFormValues.CategoryId, texts[TextKeys.ReportCategoryLabel], texts[TextKeys.ReportCategoryRequired], values.Category,
            ReportChoices.Categories.Select(c => new Choice(texts[c.TextKey], c.Value)), ChoiceInputStyle.Expanded));
        Add(Choices(ReportFormValues.PlatformId, texts[TextKeys.ReportPlatformLabel], texts[TextKeys.ReportPlatformRequired], values.Platform,
            ReportChoices.Platforms.Select(p => new Choice(ReportChoices.PlatformText(p.Value, texts), p.Value)), ChoiceInputStyle.Compact));
        Add(Choices(ReportFormValues.AccountId, texts[TextKeys.ReportAccountLabel], texts[TextKeys.ReportAccountRequired], values.Account,
            ReportChoices.Accounts.Select(c => new Choice(texts[c.TextKey], c.Value)), ChoiceInputStyle.Expanded));
        Add(new DateInput(ReportFormValues.OccurredOnId)
        {
            Label = texts[TextKeys.ReportWhenLabel],
            Value = ReportValidation.ParseDate(values.OccurredOn),
            Max = today,
            ErrorMessage = texts[TextKeys.ReportWhenInvalid],
        });
        Add(new TextInput(ReportFormValues.LinksId)
        {
            Label = texts[TextKeys.ReportLinksLabel],
            IsMultiline = true,
            MaxLength = ReportValidation.MaxLinksLength,
            Value = values.Links,
        });
        Add(new TextInput(ReportFormValues.DescriptionId)
        {
            Label = Required(texts[TextKeys.ReportDescriptionLabel]),
            Placeholder = texts[TextKeys.ReportDescriptionPlaceholder],
            IsMultiline = true,
            MaxLength = ReportValidation.MaxDescriptionLength,
            Value = values.Description,
        });
        Add(YesNo(ReportFormValues.ContinuingId, texts[TextKeys.ReportContinuingLabel], texts[TextKeys.ReportContinuingRequired], values.Continuing, texts));
        Add(YesNo(ReportFormValues.PoliceReportedId, texts[TextKeys.ReportPoliceLabel], texts[TextKeys.ReportPoliceRequired], values.PoliceReported, texts));
        Add(new TextInput(ReportFormValues.PoliceReportNumberId)
        {
            Label = texts[TextKeys.ReportPoliceNumberLabel],
            MaxLength = ReportValidation.MaxPoliceReportNumberLength,
            Value = values.PoliceReportNumber,
        });
        Add(Choices(ReportFormValues.ReceiverId, texts[TextKeys.ReportReceiverLabel], texts[TextKeys.ReportReceiverRequired], values.Receiver,
            ReportChoices.Receivers.Select(c => new Choice(texts[c.TextKey], c.Value)), ChoiceInputStyle.Expanded));

        var keep = new ReportFormValues { DraftId = values.DraftId };
        var next = ReportCardParts.Button(texts[TextKeys.ReportFormNext], keep.ToData(ReportCommands.Preview), sendsInputs: true);
        next.Style = ActionStyle.Positive;
        card.Actions.Add(next);
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportSaveDraft], keep.ToData(ReportCommands.SaveDraft), sendsInputs: true));
        card.Actions.Add(ReportCardParts.Button(texts[TextKeys.ReportCancel], ReportCardParts.Command(ReportCommands.Cancel)));
        return card;
    }

    private static ChoiceSetInput YesNo(string id, string label, string required, string? value, BotTexts texts) =>
        Choices(id, label, required, value, ReportChoices.YesNo.Select(c => new Choice(texts[c.TextKey], c.Value)), ChoiceInputStyle.Expanded);

    // Not isRequired: the client would then refuse "Save draft" on half a form. The bot checks on preview instead.
    private static string Required(string label) => label + " *";

    private static ChoiceSetInput Choices(string id, string label, string required, string? value, IEnumerable<Choice> choices, ChoiceInputStyle style) => new(id)
    {
        Label = Required(label),
        Style = style,
        ErrorMessage = required,
        Value = value,
        Choices = [.. choices],
    };
}

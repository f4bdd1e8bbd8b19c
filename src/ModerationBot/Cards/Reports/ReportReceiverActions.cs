using ModerationBot.BotFramework.Cards;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Reports;

/// <summary>What the receiver can do on an open report: acknowledge it, record a checklist step with a note, close it.</summary>
internal static class ReportReceiverActions
{
    public static IEnumerable<CardElement> Elements(ModerationCase report, BotTexts texts)
    {
        if (report.Status == CaseStatus.New)
        {
            // Acknowledging takes none of the card's inputs; with "auto" the client would first demand the required step below.
            var acknowledge = Execute(texts[TextKeys.ReportReceiverAcknowledge], ReportReceiverVerbs.Acknowledge, report, ActionStyle.Positive);
            acknowledge.AssociatedInputs = AssociatedInputs.None;
            if (acknowledge.Fallback is SubmitAction fallback)
            {
                fallback.AssociatedInputs = AssociatedInputs.None;
            }

            yield return new ActionSet { Actions = { acknowledge } };
        }

        yield return ReportCardParts.SubHeading(texts[TextKeys.ReportReceiverRecordHeading]);
        yield return new ChoiceSetInput(ReportReceiverVerbs.StepInputId)
        {
            Label = texts[TextKeys.ReportReceiverRecordStepLabel],
            IsRequired = true,
            ErrorMessage = texts[TextKeys.ReportReceiverRecordStepRequired],
            Style = ChoiceInputStyle.Compact,
            Choices = [.. Enum.GetValues<CaseChecklistStep>().Select(step => new Choice(ReportReceiverTexts.Step(step, texts), CaseCodes.Of(step)))],
        };
        yield return new TextInput(ReportReceiverVerbs.NoteInputId)
        {
            Label = texts[TextKeys.ReportReceiverRecordNoteLabel],
            IsMultiline = true,
            MaxLength = ReportReceiverVerbs.MaxNoteLength,
        };
        var record = Execute(texts[TextKeys.ReportReceiverRecordSubmit], ReportReceiverVerbs.Step, report);
        record.AssociatedInputs = BotFramework.Cards.AssociatedInputs.Auto;
        yield return new ActionSet { Actions = { record } };
    }

    /// <summary>Closing sits behind its own button so the closing note is never mixed up with a step's note.</summary>
    public static CardAction CloseAction(ModerationCase report, BotTexts texts)
    {
        var confirm = Execute(texts[TextKeys.ReportReceiverCloseConfirm], ReportReceiverVerbs.Close, report, ActionStyle.Destructive);
        confirm.AssociatedInputs = BotFramework.Cards.AssociatedInputs.Auto;
        var card = new AdaptiveCard
        {
            Body =
            {
                new TextInput(ReportReceiverVerbs.ClosingNoteInputId)
                {
                    Label = texts[TextKeys.ReportReceiverCloseNoteLabel],
                    IsMultiline = true,
                    IsRequired = true,
                    ErrorMessage = texts[TextKeys.ReportReceiverCloseNoteRequired],
                    MaxLength = ReportReceiverVerbs.MaxNoteLength,
                },
            },
            Actions = { confirm },
        };
        return new ShowCardAction(texts[TextKeys.ReportReceiverCloseButton], card);
    }

    /// <summary>
    /// An action on <paramref name="report"/> carrying its id. Not its version: every view is audited and moves the
    /// version, so the bot acts on the case as stored and lets the domain refuse what no longer applies.
    /// </summary>
    public static ExecuteAction Execute(string title, string verb, ModerationCase report, ActionStyle? style = null) =>
        new ExecuteAction(title, verb) { Data = Data(report), Style = style }.WithSubmitFallback();

    public static Dictionary<string, string> Data(ModerationCase report) => new() { [ReportReceiverVerbs.CaseIdKey] = report.Id.ToString("N") };
}

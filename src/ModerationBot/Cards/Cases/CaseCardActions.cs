using ModerationBot.BotFramework.Cards;
using ModerationBot.Cases.Actions;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Cases;

/// <summary>
/// The escalation case card's buttons: acknowledge and take over at once, police report, note and close each with
/// their input. Every button carries the case id only; the bot acts on the case as stored.
/// </summary>
internal static class CaseCardActions
{
    public static IEnumerable<CardAction> For(ModerationCase moderationCase, BotTexts texts)
    {
        if (moderationCase.Status == CaseStatus.New)
        {
            yield return Execute(texts[TextKeys.CaseAcknowledge], CaseVerbs.Acknowledge, moderationCase, ActionStyle.Positive);
        }

        yield return Execute(texts[TextKeys.CaseTakeOver], CaseVerbs.TakeOver, moderationCase);
        if (moderationCase.Status != CaseStatus.PoliceReported)
        {
            yield return WithInput(texts[TextKeys.CasePoliceReport], CaseVerbs.PoliceReport, CaseVerbs.ReportNumberInputId,
                texts[TextKeys.CasePoliceReportNumber], texts[TextKeys.CaseReportNumberRequired], multiline: false, moderationCase, texts);
        }

        yield return WithInput(texts[TextKeys.CaseAddNote], CaseVerbs.Note, CaseVerbs.NoteInputId,
            texts[TextKeys.CaseNote], texts[TextKeys.CaseNoteRequired], multiline: true, moderationCase, texts);
        yield return WithInput(texts[TextKeys.CaseClose], CaseVerbs.Close, CaseVerbs.ClosingNoteInputId,
            texts[TextKeys.CaseClosingNote], texts[TextKeys.CaseClosingNoteRequired], multiline: true, moderationCase, texts);
    }

    /// <summary>Teams fetches the card anew for the case's people with a Teams id (at most 60), so all see the current status.</summary>
    public static CardRefresh Refresh(ModerationCase moderationCase, string title) =>
        new(new ExecuteAction(title, CaseVerbs.Refresh) { Data = Data(moderationCase) },
            [.. new[] { moderationCase.ResponsibleManagerId, moderationCase.Reporter.TeamsUserId }.Concat(moderationCase.DeputyIds)
                .Where(id => id.StartsWith("29:", StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).Take(CardRefresh.MaxUserIds)]);

    private static ShowCardAction WithInput(string title, string verb, string inputId, string label, string required, bool multiline, ModerationCase moderationCase, BotTexts texts) =>
        new(title, new AdaptiveCard
        {
            Body =
            {
                new TextInput(inputId)
                {
                    Label = label, IsRequired = true, ErrorMessage = required, IsMultiline = multiline, MaxLength = CaseVerbs.MaxNoteLength,
                },
            },
            Actions = { Execute(texts[TextKeys.CaseSave], verb, moderationCase, ActionStyle.Positive) },
        });

    private static ExecuteAction Execute(string title, string verb, ModerationCase moderationCase, ActionStyle? style = null) =>
        new ExecuteAction(title, verb) { Data = Data(moderationCase), Style = style }.WithSubmitFallback();

    private static Dictionary<string, string> Data(ModerationCase moderationCase) => new() { [CaseVerbs.CaseIdKey] = moderationCase.Id.ToString("N") };
}

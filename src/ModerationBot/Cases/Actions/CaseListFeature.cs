using System.Text;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Cards.Reports;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;
using ModerationBot.Reports.Receiver;

namespace ModerationBot.Cases.Actions;

/// <summary>
/// <c>ärenden</c>/<c>cases</c>: the open cases the person reported or is responsible for, each with a button that
/// opens its card; <c>ärenden MOD-2026-0042</c> opens one case's card as the person may see it.
/// </summary>
internal sealed class CaseListFeature(ICaseStore cases, CaseActionHandler caseActions, ReportReceiverHandler reports, ITextLocalizer localizer) : BotFeature
{
    private static readonly string[] s_words = ["ärenden", "cases"];

    public override async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var words = (activity.Text ?? string.Empty).Normalize(NormalizationForm.FormC).Trim().TrimStart('/').Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || !s_words.Contains(words[0].TrimEnd('.', '!', '?'), StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var texts = localizer.For(turnContext.Locale);
        var card = words.Length == 2
            ? await OpenAsync(activity, words[1], texts, ct).ConfigureAwait(false)
            : await ListAsync(activity, texts, ct).ConfigureAwait(false);
        await turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct).ConfigureAwait(false);
        return true;
    }

    private async Task<AdaptiveCard> OpenAsync(Activity activity, string numberText, BotTexts texts, CancellationToken ct)
    {
        var found = CaseNumber.TryParse(numberText.Trim().TrimEnd('.'), out var number) ? await cases.FindAsync(number, ct).ConfigureAwait(false) : null;
        if (found is null)
        {
            // The same answer as for a case the person may not see, so a number reveals nothing.
            return Message(texts[TextKeys.CaseNotFound], texts);
        }

        return found.Kind == CaseKind.Harassment
            ? await reports.HandleAsync(activity, ReportReceiverVerbs.View, new ReportActionInput(found.Id, null, null, null), texts, ct).ConfigureAwait(false)
            : await caseActions.HandleAsync(activity, CaseVerbs.Refresh, new CaseActionInput(found.Id, null, null, null), texts, ct).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> ListAsync(Activity activity, BotTexts texts, CancellationToken ct)
    {
        var mine = new Dictionary<Guid, ModerationCase>();
        foreach (var id in new[] { activity.From?.Id, activity.From?.AadObjectId }.OfType<string>().Where(i => i.Length > 0))
        {
            foreach (var found in await cases.ListOpenForUserAsync(id, ct).ConfigureAwait(false))
            {
                mine.TryAdd(found.Id, found);
            }
        }

        if (mine.Count == 0)
        {
            return Message(texts[TextKeys.CaseListEmpty], texts);
        }

        return CaseListCard.Build([.. mine.Values], texts);
    }

    private static AdaptiveCard Message(string text, BotTexts texts) =>
        new() { Lang = texts.Language, FallbackText = text, Body = { new TextBlock(text) { Wrap = true } } };
}

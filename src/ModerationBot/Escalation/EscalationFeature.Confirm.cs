using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Bot.Checking;
using ModerationBot.Cards.Escalation;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;

namespace ModerationBot.Escalation;

/// <content>The confirmation: check the inputs, open the case with evidence and the manager's card, tell the reporter.</content>
internal sealed partial class EscalationFeature
{
    private async Task<EscalationAnswer> ConfirmAsync(
        ITurnContext turnContext, JsonElement? value, BotTexts texts, Guid draftId, EscalationDraft draft, EscalationRoute route, CancellationToken ct)
    {
        var values = EscalationSubmission.Values(value);
        if (InputError(values, texts) is { } error)
        {
            Log.EscalationRefused(logger, EscalationCommands.Confirm, "invalid_input");
            return Preview(texts, draftId, draft, route, values, error);
        }

        var from = turnContext.Activity.From!;
        var caseDraft = new CaseDraft(
            CaseKind.Threat,
            draft.Severity,
            new CaseReporter(from.Id!, from.AadObjectId ?? string.Empty, from.Name ?? string.Empty),
            ResponsibleOf(route),
            DeputiesOf(route),
            values.Platform,
            values.Link,
            new CaseFindings(draft.RuleIds, draft.Threat, draft.Notes ?? []),
            draft.Redacted);
        var evidence = new CaseEvidence(draft.Original, values.Link, [], values.Note);
        var messages = await outbox.ForAsync(route, turnContext.Activity, ct).ConfigureAwait(false);

        // The draft id is the case id: a second confirmation, even one racing this one, finds this case.
        var creation = await cases.CreateOnceAsync(draftId, caseDraft, evidence, messages, ct).ConfigureAwait(false);
        await drafts.DeleteAsync(draftId, ct).ConfigureAwait(false);
        Log.EscalationConfirmed(logger, route.Source, draft.Severity, creation.Created);
        return EscalationAnswer.Close(creation.Created
            ? texts.Format(TextKeys.EscalationSent, new Dictionary<string, object?>
            {
                ["number"] = creation.Case.Number.ToString(),
                ["receiver"] = ReceiverName(route) is { Length: > 0 } name ? name : texts[UnnamedKey(route)],
            })
            : AlreadySent(texts, creation.Case));
    }

    private static string? InputError(EscalationValues values, BotTexts texts)
    {
        if (CheckRefusal.ForLink(values.Link, texts) is not null)
        {
            return texts[TextKeys.EscalationErrorLink];
        }

        return values.Note is { Length: > EscalationCommands.MaxNoteLength }
            ? texts.Format(TextKeys.EscalationErrorNote, EscalationCommands.MaxNoteLength.ToString("N0", texts.Culture))
            : null;
    }

    private static string ResponsibleOf(EscalationRoute route) =>
        route.Receiver?.UserId ?? EscalationRoute.ChannelResponsibleId(route.FallbackChannel!);

    private static IReadOnlyList<string> DeputiesOf(EscalationRoute route) =>
        route.Receiver is null ? [.. route.FallbackChannel!.ResponderIds] : [.. route.Deputies.Select(d => d.UserId)];

    private static string UnnamedKey(EscalationRoute route) =>
        route.Receiver is null ? TextKeys.EscalationChannelUnnamed : TextKeys.EscalationReceiverUnnamed;
}

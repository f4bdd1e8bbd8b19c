using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Cards.Escalation;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;

namespace ModerationBot.Escalation;

/// <content>The preview: resolve the receiver, remember it in the draft, show it; or say kindly that nobody is set up.</content>
internal sealed partial class EscalationFeature
{
    private async Task PreviewAsync(ITurnContext turnContext, BotTexts texts, Guid draftId, (EscalationDraft Draft, string ETag) found, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        var channelData = activity.GetTeamsChannelData();
        var request = new EscalationRouteRequest(CaseKind.Threat, activity.From!.Id!, activity.From.AadObjectId,
            activity.Conversation?.TenantId ?? channelData.TenantId, channelData.Team?.Id, channelData.Channel?.Id);
        var route = await router.ResolveAsync(request, ct).ConfigureAwait(false);
        if (route.Receiver is null && (route.Source == EscalationRouteSource.Unroutable || route.FallbackChannel is null))
        {
            // Nothing will be sent, so the original text has no reason to stay.
            await drafts.DeleteAsync(draftId, ct).ConfigureAwait(false);
            Log.EscalationUnroutable(logger);
            await turnContext.SendTextAsync(texts.Format(TextKeys.EscalationUnroutable, new Dictionary<string, object?>
            {
                ["routingKey"] = RoutingKey,
                ["fallbackKey"] = FallbackChannelKey,
            }), ct).ConfigureAwait(false);
            return;
        }

        // The case goes where the preview says; a lost race here only means another press stored the same route.
        var draft = found.Draft with { Route = route };
        await drafts.SaveAsync(draftId, draft, found.ETag, ct).ConfigureAwait(false);
        Log.EscalationPreviewed(logger, route.Source, draft.Severity);
        await SendPreviewAsync(turnContext, texts, draftId, draft, route, null, null, ct).ConfigureAwait(false);
    }

    private static Task SendPreviewAsync(
        ITurnContext turnContext, BotTexts texts, Guid draftId, EscalationDraft draft, EscalationRoute route, EscalationValues? values, string? error, CancellationToken ct)
    {
        var preview = new EscalationPreview(draftId, ReceiverName(route), route.Source, draft.Severity, draft.Redacted);
        var card = EscalationPreviewCard.Build(preview, texts, values, error);
        return turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct);
    }

    private static string? ReceiverName(EscalationRoute route) =>
        route.Receiver is { } receiver ? receiver.DisplayName : route.FallbackChannel?.DisplayName;
}

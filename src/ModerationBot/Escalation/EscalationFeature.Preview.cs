using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Cards.Escalation;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;

namespace ModerationBot.Escalation;

/// <content>The preview: resolve the receiver, remember it in the draft, show it; or say kindly that nobody is set up.</content>
internal sealed partial class EscalationFeature
{
    private async Task<EscalationAnswer> PreviewAsync(ITurnContext turnContext, BotTexts texts, Guid draftId, (EscalationDraft Draft, string ETag) found, CancellationToken ct)
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
            return EscalationAnswer.Say(texts.Format(TextKeys.EscalationUnroutable, new Dictionary<string, object?>
            {
                ["routingKey"] = RoutingKey,
                ["fallbackKey"] = FallbackChannelKey,
            }));
        }

        // The case goes where the preview says; a lost race here only means another press stored the same route.
        var draft = found.Draft with { Route = route };
        await drafts.SaveAsync(draftId, draft, found.ETag, ct).ConfigureAwait(false);
        Log.EscalationPreviewed(logger, route.Source, draft.Severity);
        return Preview(texts, draftId, draft, route, null, null);
    }

    private static EscalationAnswer Preview(BotTexts texts, Guid draftId, EscalationDraft draft, EscalationRoute route, EscalationValues? values, string? error) =>
        EscalationAnswer.Show(EscalationPreviewCard.Build(
            new EscalationPreview(draftId, ReceiverName(route), route.Source, draft.Severity, draft.Redacted), texts, values, error));

    private static string? ReceiverName(EscalationRoute route) =>
        route.Receiver is { } receiver ? receiver.DisplayName : route.FallbackChannel?.DisplayName;
}

using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Escalation;

/// <summary>
/// The messages a new escalation writes with its case: the case card to the person the route names (a 1:1 chat,
/// with the fallback channel for when Teams refuses it) or to the fallback channel itself.
/// </summary>
internal sealed class EscalationOutbox(IConversationReferenceStore references, ITextLocalizer localizer)
{
    /// <summary>
    /// The outbox factory for a case on <paramref name="route"/>, addressed through the connector and tenant of the
    /// reporter's turn. The card is rendered now, in the receiver's language when a stored reference gives it, else Swedish.
    /// </summary>
    public async Task<Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>>> ForAsync(EscalationRoute route, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var tenantId = activity.Conversation?.TenantId ?? activity.GetTeamsChannelData().TenantId;
        if (route.Receiver is { } receiver)
        {
            var texts = localizer.For((await references.FindAsync(receiver.UserId, ct).ConfigureAwait(false))?.Locale);
            var target = OutboxJson.Write(new OutboxTarget(OutboxTargetKind.User, serviceUrl, UserId: receiver.UserId, TenantId: tenantId,
                FallbackConversationId: route.FallbackChannel?.ConversationId));
            return c => [new OutboxMessageDraft("user:" + receiver.UserId, target, Payload(c, texts), CardKey(c, receiver.UserId))];
        }

        var channel = route.FallbackChannel ?? throw new InvalidOperationException("An unroutable escalation has nowhere to go.");
        var channelTexts = localizer.For(BotLanguage.Swedish);
        var channelTarget = OutboxJson.Write(new OutboxTarget(OutboxTargetKind.Conversation, serviceUrl, ConversationId: channel.ConversationId, TenantId: tenantId));
        return c => [new OutboxMessageDraft(channel.ConversationId, channelTarget, Payload(c, channelTexts), CardKey(c, EscalationRoute.ChannelResponsibleId(channel)))];
    }

    /// <summary>The correlation key of <paramref name="holderId"/>'s card of the case, so later updates edit it.</summary>
    public static string CardKey(ModerationCase moderationCase, string holderId) => $"{moderationCase.Number}/card/{holderId}";

    private static string Payload(ModerationCase moderationCase, BotTexts texts) =>
        OutboxJson.Write(ActivityFactory.MessageWithAttachment(ActivityFactory.AdaptiveCardAttachment(ManagerCaseCard.Build(moderationCase, texts).ToJson())));
}

using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards.Reports;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Actions;

/// <summary>
/// What a status change sends, written in the same transaction as the change: the reporter's message in their
/// language, and the current card for every holder whose card was already delivered, so it is edited in place.
/// </summary>
public sealed class CaseChangeMessages(IConversationReferenceStore references, IOutboxStore outbox, ITextLocalizer localizer)
{
    /// <summary>Looks up what the messages need before the write; the returned factory runs inside it.</summary>
    public async Task<Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>>> PrepareAsync(ModerationCase moderationCase, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl ?? string.Empty;
        var tenantId = activity.Conversation?.TenantId ?? activity.GetTeamsChannelData().TenantId;
        var reporter = await references.FindAsync(moderationCase.Reporter.TeamsUserId, ct).ConfigureAwait(false);
        var holders = new List<(string Id, BotTexts Texts)>();
        foreach (var holder in new[] { moderationCase.ResponsibleManagerId }.Concat(moderationCase.DeputyIds).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await outbox.FindSentActivityIdAsync(EscalationOutbox.CardKey(moderationCase, holder), ct).ConfigureAwait(false) is not null)
            {
                holders.Add((holder, localizer.For((await references.FindAsync(holder, ct).ConfigureAwait(false))?.Locale)));
            }
        }

        return changed =>
        {
            var drafts = new List<OutboxMessageDraft>();
            if (changed.Status != moderationCase.Status)
            {
                drafts.Add(ReporterMessage(changed, reporter, serviceUrl, tenantId));
            }

            drafts.AddRange(holders.Select(h => CardUpdate(changed, h.Id, h.Texts, serviceUrl, tenantId)));
            return drafts;
        };
    }

    private OutboxMessageDraft ReporterMessage(ModerationCase changed, StoredConversationReference? reporter, string serviceUrl, string? tenantId)
    {
        var texts = localizer.For(reporter?.Locale);
        var text = texts.Format(TextKeys.CaseReporterStatus, changed.Number.ToString(), ReportReceiverTexts.Status(changed.Status, texts));
        var payload = OutboxJson.Write(ActivityFactory.MessageFromText(text));
        if (reporter is { ConversationType: "personal" })
        {
            var target = new OutboxTarget(OutboxTargetKind.Conversation, reporter.ServiceUrl, ConversationId: reporter.ConversationId, TenantId: reporter.TenantId);
            return new OutboxMessageDraft(reporter.ConversationId, OutboxJson.Write(target), payload);
        }

        var userId = changed.Reporter.TeamsUserId;
        return new OutboxMessageDraft("user:" + userId, OutboxJson.Write(new OutboxTarget(OutboxTargetKind.User, reporter?.ServiceUrl ?? serviceUrl, UserId: userId, TenantId: reporter?.TenantId ?? tenantId)), payload);
    }

    private static OutboxMessageDraft CardUpdate(ModerationCase changed, string holderId, BotTexts texts, string serviceUrl, string? tenantId)
    {
        var payload = OutboxJson.Write(ActivityFactory.MessageWithAttachment(ActivityFactory.AdaptiveCardAttachment(ManagerCaseCard.Build(changed, texts).ToJson())), updateExisting: true);
        var key = EscalationOutbox.CardKey(changed, holderId);
        const string channelPrefix = "channel:";
        if (holderId.StartsWith(channelPrefix, StringComparison.Ordinal))
        {
            var channel = holderId[channelPrefix.Length..];
            return new OutboxMessageDraft(channel, OutboxJson.Write(new OutboxTarget(OutboxTargetKind.Conversation, serviceUrl, ConversationId: channel, TenantId: tenantId)), payload, key);
        }

        return new OutboxMessageDraft("user:" + holderId, OutboxJson.Write(new OutboxTarget(OutboxTargetKind.User, serviceUrl, UserId: holderId, TenantId: tenantId)), payload, key);
    }
}

using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>Tells a case's reporter that its card went to the fallback channel because Teams refused the 1:1 chat.</summary>
public sealed class FallbackNotice(ICaseStore cases, IConversationReferenceStore references, IOutboxStore outbox, ITextLocalizer localizer, ILogger<FallbackNotice> logger)
{
    public async Task EnqueueAsync(OutboxMessage redirected, OutboxTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(redirected);
        ArgumentNullException.ThrowIfNull(target);
        if (redirected.CaseId is not { } caseId || await cases.FindAsync(caseId, ct).ConfigureAwait(false) is not { } moderationCase)
        {
            return;
        }

        if (await references.FindAsync(moderationCase.Reporter.TeamsUserId, ct).ConfigureAwait(false) is not { } reporter)
        {
            Log.FallbackNoticeUnreachable(logger);
            return;
        }

        var texts = localizer.For(reporter.Locale);
        var notice = ActivityFactory.MessageFromText(texts.Format(TextKeys.OutboxFallbackNotice, moderationCase.Number));
        var to = OutboxJson.Write(new OutboxTarget(OutboxTargetKind.Conversation, reporter.ServiceUrl, ConversationId: reporter.ConversationId, TenantId: reporter.TenantId ?? target.TenantId));
        await outbox.EnqueueAsync([new OutboxMessageDraft(reporter.ConversationId, to, OutboxJson.Write(notice))], ct).ConfigureAwait(false);
    }
}

using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards.Reports;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;
using ModerationBot.Storage;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// The outbox message that tells the employee their report was acknowledged or closed, in their language, to their
/// personal chat with the bot. Never to a channel or group chat: when the stored conversation is one, the message
/// goes to the person (Teams opens the 1:1 chat), with no channel to fall back to.
/// </summary>
public sealed class ReportEmployeeNotice(IConversationReferenceStore references, ITextLocalizer localizer)
{
    /// <summary>Looks up where the employee is reached; call before the write, then <see cref="Draft"/> inside it.</summary>
    public Task<StoredConversationReference?> FindReferenceAsync(ModerationCase report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        return references.FindAsync(report.Reporter.TeamsUserId, ct);
    }

    /// <summary>The message for <paramref name="report"/> as it is after the action.</summary>
    /// <param name="report">The report after acknowledge or close.</param>
    /// <param name="reference">The employee's stored reference, if any.</param>
    /// <param name="serviceUrl">The connector of the current turn, when no reference is stored.</param>
    /// <param name="tenantId">The tenant of the current turn, when no reference is stored.</param>
    public OutboxMessageDraft Draft(ModerationCase report, StoredConversationReference? reference, string serviceUrl, string? tenantId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var texts = localizer.For(reference?.Locale);
        var activity = ActivityFactory.MessageWithAttachment(ActivityFactory.AdaptiveCardAttachment(ReportEmployeeNoticeCard.Build(report, texts).ToJson()));
        var correlation = $"{report.Number}/employee/{(report.IsOpen ? "acknowledged" : "closed")}";
        if (reference is not null && IsPersonal(reference.ConversationType))
        {
            var conversation = new OutboxTarget(OutboxTargetKind.Conversation, reference.ServiceUrl, ConversationId: reference.ConversationId, TenantId: reference.TenantId);
            return new OutboxMessageDraft(reference.ConversationId, OutboxJson.Write(conversation), OutboxJson.Write(activity), correlation);
        }

        var userId = report.Reporter.TeamsUserId;
        var person = new OutboxTarget(OutboxTargetKind.User, reference?.ServiceUrl ?? serviceUrl, UserId: userId, TenantId: reference?.TenantId ?? tenantId);
        return new OutboxMessageDraft("user:" + userId, OutboxJson.Write(person), OutboxJson.Write(activity), correlation);
    }

    // Teams says "personal"; clients that name no type (Web Chat, the emulator) only have one-to-one conversations.
    private static bool IsPersonal(string? conversationType) =>
        conversationType is null || conversationType.Equals("personal", StringComparison.OrdinalIgnoreCase);
}

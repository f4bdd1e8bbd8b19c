using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases.Outbox;
using ModerationBot.Storage;

namespace ModerationBot.Reports;

/// <summary>Where report messages go: always a person, never a channel, and no fallback conversation.</summary>
internal static class ReportOutbox
{
    /// <summary>
    /// A 1:1 message to <paramref name="userId"/>, through the connector and tenant of their stored reference when the
    /// bot has seen them, else those of the employee's own turn (same tenant, same Teams region).
    /// </summary>
    public static OutboxTarget PersonTarget(string userId, StoredConversationReference? reference, Activity activity) => new(
        OutboxTargetKind.User,
        reference?.ServiceUrl ?? activity.ServiceUrl ?? string.Empty,
        UserId: userId,
        TenantId: reference?.TenantId ?? activity.Conversation?.TenantId ?? activity.GetTeamsChannelData().TenantId);

    /// <summary>The conversation key that keeps one person's messages in order.</summary>
    public static string ConversationKey(string userId) => "user:" + userId;
}

using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;

namespace ModerationBot.Escalation.Sla;

/// <summary>Who the deadline messages go to and how each is addressed in the outbox.</summary>
internal static class SlaRecipients
{
    private const string ChannelPrefix = "channel:";

    /// <summary>The responsible manager first, then the deputies, each once.</summary>
    public static IReadOnlyList<string> Holders(ModerationCase moderationCase) =>
        [.. new[] { moderationCase.ResponsibleManagerId }.Concat(moderationCase.DeputyIds)
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Whether the id is a fallback channel's responsible id (<see cref="EscalationRoute.ChannelResponsibleId"/>).</summary>
    public static bool IsChannel(string holderId) => holderId.StartsWith(ChannelPrefix, StringComparison.Ordinal);

    /// <summary>A person's 1:1 chat (opened by the dispatcher, falling back to the channel), or the channel a case went to.</summary>
    public static (string ConversationKey, OutboxTarget Target) Holder(string holderId, CaseContacts contacts, string? fallbackConversationId)
    {
        if (IsChannel(holderId))
        {
            var channel = holderId[ChannelPrefix.Length..];
            return (channel, new OutboxTarget(OutboxTargetKind.Conversation, contacts.ServiceUrl, ConversationId: channel, TenantId: contacts.TenantId));
        }

        return ("user:" + holderId, new OutboxTarget(OutboxTargetKind.User, contacts.ServiceUrl, UserId: holderId, TenantId: contacts.TenantId, FallbackConversationId: fallbackConversationId));
    }

    /// <summary>The reporter's personal chat with the bot when stored, else a 1:1 chat the dispatcher opens.</summary>
    public static (string ConversationKey, OutboxTarget Target) Reporter(ModerationCase moderationCase, CaseContacts contacts)
    {
        if (contacts.Reporter is { ConversationType: "personal" } personal)
        {
            return (personal.ConversationId, new OutboxTarget(OutboxTargetKind.Conversation, personal.ServiceUrl, ConversationId: personal.ConversationId, TenantId: personal.TenantId ?? contacts.TenantId));
        }

        var userId = moderationCase.Reporter.TeamsUserId;
        return ("user:" + userId, new OutboxTarget(OutboxTargetKind.User, contacts.ServiceUrl, UserId: userId, TenantId: contacts.TenantId));
    }
}

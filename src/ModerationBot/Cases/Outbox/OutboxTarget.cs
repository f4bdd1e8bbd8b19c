namespace ModerationBot.Cases.Outbox;

/// <summary>
/// Where the dispatcher sends an outbox message, stored as JSON in the message's target. The serviceUrl came in an
/// authenticated activity when the message was written; the dispatcher trusts it again after a restart.
/// </summary>
/// <param name="Kind">A conversation or a person.</param>
/// <param name="ServiceUrl">The connector to use.</param>
/// <param name="ConversationId">For <see cref="OutboxTargetKind.Conversation"/>: the conversation.</param>
/// <param name="UserId">For <see cref="OutboxTargetKind.User"/>: Teams user id or Entra object id.</param>
/// <param name="TenantId">The tenant (required to open a 1:1 chat in Teams).</param>
/// <param name="FallbackConversationId">
/// For <see cref="OutboxTargetKind.User"/>: the fallback channel to send to when Teams refuses the 1:1 chat (the
/// app is not installed for the person); the dispatcher then also tells the case's reporter.
/// </param>
public sealed record OutboxTarget(
    OutboxTargetKind Kind,
    string ServiceUrl,
    string? ConversationId = null,
    string? UserId = null,
    string? TenantId = null,
    string? FallbackConversationId = null);

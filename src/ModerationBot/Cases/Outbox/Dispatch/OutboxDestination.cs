namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>
/// Where an outbox message is sent: a conversation the bot knows, or (no <see cref="ConversationId"/>) a 1:1 chat
/// Teams has yet to create.
/// </summary>
public sealed record OutboxDestination(OutboxTarget Target, string ServiceUrl, string? ConversationId)
{
    /// <summary>Connector requests the delivery makes; Teams counts creating a conversation like a send.</summary>
    public int Requests => ConversationId is null ? 2 : 1;
}

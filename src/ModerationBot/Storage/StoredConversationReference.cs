namespace ModerationBot.Storage;

/// <summary>
/// How to reach a user later without them writing first: the user's ids, their tenant, the connector, the bot's
/// id and a conversation (their personal chat with the bot when known, else the last one seen), and their locale.
/// </summary>
public sealed record StoredConversationReference(
    string UserId,
    string? AadObjectId,
    string? TenantId,
    string ServiceUrl,
    string ChannelId,
    string BotId,
    string ConversationId,
    string? ConversationType,
    string? Locale,
    DateTimeOffset UpdatedAt);

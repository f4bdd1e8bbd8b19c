namespace ModerationBot.Cases.Outbox;

/// <summary>A claimed outbox message, leased to the dispatcher that claimed it.</summary>
/// <param name="Sequence">Order of writing; also the message's handle for marking it sent or failed.</param>
/// <param name="Id">Stable id (usable as an idempotency key).</param>
/// <param name="CaseId">The case that caused it, if any.</param>
/// <param name="ConversationKey">Ordering key.</param>
/// <param name="Target">Where to send.</param>
/// <param name="Payload">What to send (JSON).</param>
/// <param name="CorrelationKey">The card's name across updates.</param>
/// <param name="Attempts">Delivery attempts including this one.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record OutboxMessage(
    long Sequence,
    Guid Id,
    Guid? CaseId,
    string ConversationKey,
    string Target,
    string Payload,
    string? CorrelationKey,
    int Attempts,
    DateTimeOffset CreatedAt);

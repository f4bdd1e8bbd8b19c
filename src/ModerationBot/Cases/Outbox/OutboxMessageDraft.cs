namespace ModerationBot.Cases.Outbox;

/// <summary>A message to send later, written with the change that causes it.</summary>
/// <param name="ConversationKey">Messages with the same key are sent in the order written (e.g. the conversation id).</param>
/// <param name="Target">Where to send it (JSON conversation reference or routing target), read by the dispatcher.</param>
/// <param name="Payload">The activity or card to send, as JSON.</param>
/// <param name="CorrelationKey">Names the card across updates (e.g. <c>MOD-2026-0042/manager</c>) so the sent activity id can be found to edit it.</param>
public sealed record OutboxMessageDraft(string ConversationKey, string Target, string Payload, string? CorrelationKey = null);

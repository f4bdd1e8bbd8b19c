using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases.Outbox;

namespace ModerationBot.Tests.Escalation.Sla;

/// <summary>An outbox row read back through <see cref="OutboxJson"/>, as the dispatcher will read it.</summary>
public sealed record QueuedMessage(string ConversationKey, OutboxTarget Target, Activity Activity, bool UpdateExisting, string? CorrelationKey)
{
    /// <summary>The card's JSON text (empty when the message carries no card), for checking what it shows.</summary>
    public string CardJson => Activity.Attachments is { Count: > 0 } attachments ? System.Text.Json.JsonSerializer.Serialize(attachments[0].Content) : "";
}

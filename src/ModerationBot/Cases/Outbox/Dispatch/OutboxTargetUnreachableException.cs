namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>A stored target that can never be sent to as it is (no tenant for a 1:1 chat, no conversation id).</summary>
public sealed class OutboxTargetUnreachableException(string message) : Exception(message);

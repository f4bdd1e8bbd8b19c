namespace ModerationBot.Cases.Outbox;

/// <summary>Where an outbox message goes.</summary>
public enum OutboxTargetKind
{
    /// <summary>An existing conversation (a reporter's personal chat, a channel).</summary>
    Conversation,

    /// <summary>A person: the dispatcher opens (or reuses) the bot's 1:1 chat with them (Teams needs the tenant id).</summary>
    User,
}

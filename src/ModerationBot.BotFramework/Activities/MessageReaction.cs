namespace ModerationBot.BotFramework.Activities;

/// <summary>A reaction (like, heart…) added to or removed from a message.</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }
}

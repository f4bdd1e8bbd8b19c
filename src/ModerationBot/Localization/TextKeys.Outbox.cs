namespace ModerationBot.Localization;

/// <content>Texts the outbox dispatcher sends on its own.</content>
public static partial class TextKeys
{
    /// <summary>Told to the reporter when Teams refused the 1:1 chat with the receiver; {0} is the case number.</summary>
    public const string OutboxFallbackNotice = "outbox.fallbackNotice";
}

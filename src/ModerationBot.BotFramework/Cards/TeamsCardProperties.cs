namespace ModerationBot.BotFramework.Cards;

/// <summary>The <c>msteams</c> property at a card's root.</summary>
public sealed class TeamsCardProperties
{
    /// <summary>A full-width card.</summary>
    public static TeamsCardProperties FullWidth => new() { Width = TeamsCardWidth.Full };

    public TeamsCardWidth? Width { get; set; }
}

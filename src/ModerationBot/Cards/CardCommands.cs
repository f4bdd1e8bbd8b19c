namespace ModerationBot.Cards;

/// <summary>
/// Commands a card button can send. Teams posts the command word as text (imBack); clients that
/// ignore Teams' <c>msteams</c> data send <c>{ "command": "help" }</c> as the message value instead,
/// so the bot must accept both.
/// </summary>
public static class CardCommands
{
    /// <summary>The property of a submit value that holds the command.</summary>
    public const string DataKey = "command";

    public const string Help = "help";
}

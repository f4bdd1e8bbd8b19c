namespace ModerationBot.Cards;

/// <summary>
/// Commands a card button sends. The button's Action.Submit arrives as a message activity without text
/// whose <c>value</c> is <c>{ "command": "help" }</c> (in Teams, Web Chat and Agents Playground alike),
/// so the bot treats <c>value.command</c> like the typed command word.
/// </summary>
public static class CardCommands
{
    /// <summary>The property of a submit value that holds the command.</summary>
    public const string DataKey = "command";

    /// <summary>The property of a submit value that carries a (redacted) comment text.</summary>
    public const string TextKey = "text";

    public const string Help = "help";

    /// <summary>Starts the step-by-step criticism dialog with the redacted comment in <see cref="TextKey"/>.</summary>
    public const string CriticismStart = "criticism.start";

    /// <summary>Hands a threat to escalation, the redacted comment in <see cref="TextKey"/>.</summary>
    public const string EscalationStart = "escalation.start";

    /// <summary>Opens the check-a-comment dialog (sent as <c>task/fetch</c> in Teams, as a plain submit elsewhere).</summary>
    public const string CheckOpen = "check.open";

    /// <summary>Submits the check-a-comment dialog with its inputs.</summary>
    public const string CheckSubmit = "check.submit";
}

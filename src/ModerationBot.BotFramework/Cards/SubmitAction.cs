namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// <c>Action.Submit</c>: sends the card's inputs merged with <see cref="Data"/> to the bot as a message
/// (or, in Teams, as whatever <see cref="TeamsActionData"/> says: a dialog fetch, messageBack or imBack).
/// </summary>
public sealed class SubmitAction : CardAction
{
    /// <summary>Creates a submit action.</summary>
    public SubmitAction(string title) : base(title)
    {
    }

    /// <summary>Hidden data sent with the inputs: an object (anonymous, dictionary or JSON node) or a string.</summary>
    public object? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }

    /// <summary>Opens a Teams dialog: the bot receives a <c>task/fetch</c> invoke carrying <paramref name="data"/>.</summary>
    public static SubmitAction TaskFetch(string title, object? data = null) =>
        new(title) { Data = TeamsActionData.TaskFetch(data) };

    /// <summary>Sends <paramref name="text"/> to the bot as the user's message, as if they had typed it.</summary>
    public static SubmitAction ImBack(string title, string text, object? data = null) =>
        new(title) { Data = TeamsActionData.ImBack(text, data) };

    /// <summary>Sends <paramref name="value"/> to the bot; the chat shows <paramref name="displayText"/> when given.</summary>
    public static SubmitAction MessageBack(string title, object? value, string? displayText = null, string? text = null) =>
        new(title) { Data = TeamsActionData.MessageBack(value, displayText, text) };
}

namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): the bot receives an <c>adaptiveCard/action</c> invoke
/// and answers with the card that replaces this one for the user.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    /// <summary>Creates an execute action with the verb the bot dispatches on.</summary>
    public ExecuteAction(string title, string verb) : base(title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        Verb = verb;
    }

    public string Verb { get; }

    /// <summary>Hidden data sent with the inputs.</summary>
    public object? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }

    /// <summary>What clients without Universal Actions show instead, usually a <see cref="SubmitAction"/>.</summary>
    public CardAction? Fallback { get; set; }

    /// <summary>Sets a fallback <c>Action.Submit</c> with the same title and data plus the verb, so older clients still reach the bot.</summary>
    public ExecuteAction WithSubmitFallback()
    {
        var data = new Dictionary<string, object> { ["verb"] = Verb };
        if (Data is not null)
        {
            data["data"] = Data;
        }

        Fallback = new SubmitAction(Title) { Data = data, Style = Style };
        return this;
    }
}

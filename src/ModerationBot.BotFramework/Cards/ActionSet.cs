namespace ModerationBot.BotFramework.Cards;

/// <summary>A row of buttons placed inside the card body.</summary>
public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; init; } = [];
}

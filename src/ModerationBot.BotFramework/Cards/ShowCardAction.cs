namespace ModerationBot.BotFramework.Cards;

/// <summary><c>Action.ShowCard</c>: unfolds a sub-card below the actions.</summary>
public sealed class ShowCardAction : CardAction
{
    /// <summary>Creates a button that shows <paramref name="card"/>.</summary>
    public ShowCardAction(string title, AdaptiveCard card) : base(title)
    {
        ArgumentNullException.ThrowIfNull(card);
        Card = card;
    }

    public AdaptiveCard Card { get; }
}

namespace ModerationBot.BotFramework.Cards;

/// <summary>A two-column list of titles and values.</summary>
public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; init; } = [];
}

namespace ModerationBot.BotFramework.Cards;

/// <summary><c>Action.ToggleVisibility</c>: shows or hides elements by id, without a round trip.</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    /// <summary>Creates a toggle button.</summary>
    public ToggleVisibilityAction(string title) : base(title)
    {
    }

    public List<TargetElement> TargetElements { get; init; } = [];
}

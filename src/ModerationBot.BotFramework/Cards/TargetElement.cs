namespace ModerationBot.BotFramework.Cards;

/// <summary>An element a <see cref="ToggleVisibilityAction"/> acts on.</summary>
/// <param name="ElementId">The element's id.</param>
/// <param name="IsVisible">Null toggles; true or false sets.</param>
public sealed record TargetElement(string ElementId, bool? IsVisible = null);

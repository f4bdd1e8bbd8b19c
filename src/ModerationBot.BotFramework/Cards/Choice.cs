namespace ModerationBot.BotFramework.Cards;

/// <summary>One option of a <see cref="ChoiceSetInput"/>.</summary>
/// <param name="Title">What the user sees.</param>
/// <param name="Value">What is sent when chosen.</param>
public sealed record Choice(string Title, string Value);

namespace ModerationBot.BotFramework.Cards;

/// <summary>One title and value in a <see cref="FactSet"/>.</summary>
/// <param name="Title">The label, e.g. "Platform".</param>
/// <param name="Value">The value; a subset of Markdown is rendered.</param>
public sealed record Fact(string Title, string Value);

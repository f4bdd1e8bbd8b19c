namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>One answer option of a step: its id and button label.</summary>
/// <param name="Id">The option id the dialog records.</param>
/// <param name="Label">The button text.</param>
public sealed record CriticismOptionText(string Id, string Label);

namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>The option chosen at one step, e.g. <c>(Factual, "no")</c>.</summary>
/// <param name="Step">The step answered.</param>
/// <param name="Option">The option id from the step's data (<c>yes</c>, <c>no</c>, <c>help</c>…).</param>
public sealed record CriticismAnswer(CriticismStep Step, string Option);

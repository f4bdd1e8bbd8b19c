namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>What a step card says, in one language.</summary>
/// <param name="Step">The step.</param>
/// <param name="Number">Its number in the eight-step routine (4a shares 4).</param>
/// <param name="Title">The heading.</param>
/// <param name="Question">What the moderator decides.</param>
/// <param name="Hint">A line of guidance under the question.</param>
/// <param name="Options">The answer buttons.</param>
public sealed record CriticismStepText(
    CriticismStep Step,
    int Number,
    string Title,
    string Question,
    string Hint,
    IReadOnlyList<CriticismOptionText> Options);

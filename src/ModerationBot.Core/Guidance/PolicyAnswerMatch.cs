namespace ModerationBot.Core.Guidance;

/// <summary>
/// The best answer found for a question. <see cref="Answer"/> is null when nothing in the pack matched well
/// enough to rely on: the caller then says so honestly instead of guessing.
/// </summary>
public sealed record PolicyAnswerMatch(PolicyAnswer? Answer, double Coverage, string Language)
{
    /// <summary>True when an answer was found that covers the question well.</summary>
    public bool Found => Answer is not null;
}

namespace ModerationBot.Core.Guidance;

/// <summary>Answers free-text questions about the moderation policy from the policy pack, never by invention.</summary>
public interface IPolicyQuestionAnswerer
{
    /// <summary>Finds the pack answer that best fits <paramref name="question"/> (Swedish or English).</summary>
    PolicyAnswerMatch Answer(string question);
}

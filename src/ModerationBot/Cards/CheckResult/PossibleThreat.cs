using ModerationBot.Core.Analysis;

namespace ModerationBot.Cards.CheckResult;

/// <summary>
/// A comment sent to review because it may be a threat (the menace net's notes): the moderator is told to escalate
/// if it is menacing, so the check result offers escalation beside the review.
/// </summary>
internal static class PossibleThreat
{
    public static bool Noted(CommentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Action == ModerationAction.Review
            && analysis.Notes.Any(note => note.Type is "possible_veiled_threat" or "threat_doubted_by_wording");
    }
}

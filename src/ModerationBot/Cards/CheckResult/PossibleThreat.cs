using ModerationBot.Core.Analysis;

namespace ModerationBot.Cards.CheckResult;

/// <summary>
/// A comment that may be a threat (the menace net's notes) but is not escalated: sent to review, or removed because
/// another removal ground applies. The moderator is told to escalate if it is menacing, so the check result offers it.
/// </summary>
internal static class PossibleThreat
{
    public static bool Noted(CommentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Action is ModerationAction.Review or ModerationAction.Remove
            && analysis.Notes.Any(note => note.Type is AnalysisNoteTypes.PossibleVeiledThreat or AnalysisNoteTypes.ThreatDoubtedByWording);
    }
}

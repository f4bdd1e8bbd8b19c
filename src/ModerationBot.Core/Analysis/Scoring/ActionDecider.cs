namespace ModerationBot.Core.Analysis.Scoring;

/// <summary>
/// The policy's decision order: any threat by the writer is escalated (even low ones: a missed threat costs more
/// than a second look); removal grounds, sensitive data about others and published personal data are removed;
/// reported threats and borderline scores go to review; everything else is answered, except praise.
/// </summary>
internal static class ActionDecider
{
    public static ModerationAction Decide(
        bool threat, bool removalRule, bool personalData, bool sensitiveAboutOthers, bool needsReview, bool sensitiveAboutAuthor, bool needsReply)
    {
        if (threat)
        {
            return ModerationAction.Escalate;
        }

        if (removalRule || personalData || sensitiveAboutOthers)
        {
            return ModerationAction.Remove;
        }

        if (needsReview)
        {
            return ModerationAction.Review;
        }

        return sensitiveAboutAuthor || needsReply ? ModerationAction.Reply : ModerationAction.None;
    }
}

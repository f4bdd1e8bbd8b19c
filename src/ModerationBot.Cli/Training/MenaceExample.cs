using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Threats;

namespace ModerationBot.Cli.Training;

/// <summary>
/// One training comment: its text, whether it is a threat, its file, what the rules alone made of it (threat, action,
/// whether they saw violent words only in a report of someone else's, whether their threat was only inferred), how
/// many words the net reads and whether any of them can bear a threat (<see cref="MenaceClassifier.BearsThreat"/>).
/// </summary>
internal sealed record MenaceExample(
    string Text, bool Threat, string Source, bool RuleThreat, ModerationAction RuleAction, bool RuleReported = false, int Words = int.MaxValue, bool RuleInferred = false,
    bool BearsThreat = true)
{
    /// <summary>As the analyzer decides: a threat the rules found that the net's probability sends to review instead.</summary>
    public bool Doubted(double probability, double doubtThreshold, double inferredDoubtThreshold) =>
        RuleThreat && MenaceClassifier.Doubts(probability, RuleInferred, doubtThreshold, inferredDoubtThreshold);

    /// <summary>The net may turn a reply or no action into review (as the analyzer asks it); escalate, remove and review stay.</summary>
    public bool NetCanChange => !RuleThreat && RuleAction is ModerationAction.Reply or ModerationAction.None && Words >= MenaceClassifier.MinWordsForReview;

    /// <summary>The net is asked whether a reply, no action or review is a threat (as the analyzer asks it); a removal stays.</summary>
    public bool NetAskedForThreat => !RuleThreat && !RuleReported && RuleAction is ModerationAction.Reply or ModerationAction.None or ModerationAction.Review
        && Words >= MenaceClassifier.MinWordsForThreat;

    /// <summary>Asked, the net may make it a threat only when some word can bear one.</summary>
    public bool NetCanThreaten => NetAskedForThreat && BearsThreat;

    /// <summary>From the labelled and full-schema sets: ordinary municipal comments rather than hand-made threat traps.</summary>
    public bool Ordinary => Source.StartsWith("labelled-comments", StringComparison.Ordinal) || Source.StartsWith("menace-training", StringComparison.Ordinal)
        || Source.StartsWith("full-schema-", StringComparison.Ordinal);
}

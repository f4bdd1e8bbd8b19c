using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Training;

/// <summary>One training comment: its text, whether it is a threat, its file, and what the rules alone made of it.</summary>
internal sealed record MenaceExample(string Text, bool Threat, string Source, bool RuleThreat, ModerationAction RuleAction)
{
    /// <summary>Only a reply or no action can be turned into review by the net; escalate, remove and review stay.</summary>
    public bool NetCanChange => !RuleThreat && RuleAction is ModerationAction.Reply or ModerationAction.None;

    /// <summary>The net may turn a reply, no action or review into a threat; a removal stays.</summary>
    public bool NetCanThreaten => !RuleThreat && RuleAction is ModerationAction.Reply or ModerationAction.None or ModerationAction.Review;

    /// <summary>From the labelled sets: ordinary municipal comments rather than hand-made threat traps.</summary>
    public bool Ordinary => Source.StartsWith("labelled-comments", StringComparison.Ordinal) || Source.StartsWith("menace-training", StringComparison.Ordinal);
}

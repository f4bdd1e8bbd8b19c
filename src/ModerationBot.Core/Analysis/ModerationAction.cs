namespace ModerationBot.Core.Analysis;

/// <summary>What the policy recommends doing with a comment, from least to most serious.</summary>
public enum ModerationAction
{
    None,
    Reply,
    Review,
    Remove,
    Escalate,
}

namespace ModerationBot.Core.Analysis.Rules;

/// <summary>A rule's score for a comment and the span of its strongest evidence (if any).</summary>
internal readonly record struct RuleScore(RuleId Rule, double Score, int? Start, int? End);

namespace ModerationBot.Core.Cases;

/// <summary>What the analysis found in the comment, as a summary without the comment's text.</summary>
/// <param name="RuleIds">Ids of the policy rules the comment broke.</param>
/// <param name="Threat">The threat category found, if any (e.g. <c>violence</c>).</param>
public sealed record CaseFindings(IReadOnlyList<string> RuleIds, string? Threat)
{
    /// <summary>Nothing found (a report made by hand).</summary>
    public static CaseFindings None { get; } = new([], null);
}

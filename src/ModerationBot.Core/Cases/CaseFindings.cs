namespace ModerationBot.Core.Cases;

/// <summary>What the analysis found in the comment, as a summary without the comment's text.</summary>
/// <param name="RuleIds">Ids of the policy rules the comment broke.</param>
/// <param name="Threat">The threat category found, if any (e.g. <c>violence</c>).</param>
/// <param name="Notes">
/// The analysis' notes on how sure the threat is (<c>threat_by_wording</c>, <c>possible_veiled_threat</c>,
/// <c>threat_doubted_by_wording</c>), so the manager knows what the verdict rests on; empty when there are none.
/// </param>
public sealed record CaseFindings(IReadOnlyList<string> RuleIds, string? Threat, IReadOnlyList<string>? Notes = null)
{
    /// <summary>Nothing found (a report made by hand).</summary>
    public static CaseFindings None { get; } = new([], null);
}

namespace ModerationBot.Core.Policy;

/// <summary>One rule of the policy pack in both languages: where it comes from, why it applies and what to do.</summary>
/// <param name="Id">The rule id, e.g. <c>threat</c> or <c>sensitive_personal_data</c>.</param>
/// <param name="Source">The source document (Swedish title).</param>
/// <param name="Section">The section of the source document (Swedish title).</param>
/// <param name="Explanation">Why the rule applies, in Swedish and English.</param>
/// <param name="Action">The recommended action.</param>
public sealed record PolicyRule(string Id, string Source, string Section, Analysis.LocalizedText Explanation, Analysis.ModerationAction Action)
{
    /// <summary>The rule as a policy basis to attach to a finding.</summary>
    public Analysis.PolicyBasis ToBasis() => new(Id, Source, Section, Explanation);
}

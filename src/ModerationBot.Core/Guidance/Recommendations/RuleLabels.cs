using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>The short names of the policy rules, as the check result names its findings, by their snake_case ids.</summary>
public static class RuleLabels
{
    /// <summary>The rule's name in Swedish and English (<c>threat</c> → "Hot" / "Threat"); null for an id the data do not know.</summary>
    public static LocalizedText? For(string ruleId) =>
        RecommendationData.Embedded.Findings.Rules.TryGetValue(ruleId, out var label) ? label.ToText() : null;
}

using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>A finding as the moderator reads it: what it is and the policy rule it rests on.</summary>
/// <param name="What">Short name, e.g. "Personnummer" / "Identity number".</param>
/// <param name="Basis">The rule, its source document and section, and why it applies.</param>
public sealed record RecommendedFinding(LocalizedText What, PolicyBasis Basis);

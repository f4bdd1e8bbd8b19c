using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>One concrete thing the moderator should do, in order; <see cref="Id"/> is stable (e.g. <c>screenshot</c>).</summary>
public sealed record RecommendationStep(string Id, LocalizedText Text);

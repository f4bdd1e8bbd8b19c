using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>Whether the comment (and any reply) should be registered as public records, and why.</summary>
/// <param name="Required">True when registration is required now; false when the records management plan decides.</param>
/// <param name="Advice">What to register and why.</param>
public sealed record RegistrationAdvice(bool Required, LocalizedText Advice);

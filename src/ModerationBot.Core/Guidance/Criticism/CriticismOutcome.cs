namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>The result of applying a button press: the kind, and the session to show (changed only when applied).</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Session">The session after the press; the unchanged session unless <see cref="CriticismOutcomeKind.Applied"/>.</param>
public sealed record CriticismOutcome(CriticismOutcomeKind Kind, CriticismSession Session)
{
    /// <summary>True when the session changed and must be saved.</summary>
    public bool Changed => Kind == CriticismOutcomeKind.Applied;
}

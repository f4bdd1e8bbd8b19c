namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>The outcome of a finished dialog: what to do, what to write, and whether to register.</summary>
/// <param name="Advice">Advice lines in the moderator's language, most important first.</param>
/// <param name="DraftKind">The kind of reply (<c>holding</c>, <c>correction</c>…), or null when the advice is not to answer.</param>
/// <param name="Draft">The drafted reply in the comment's language, signed by the organisation; null when not answering.</param>
/// <param name="AlternativeDraft">Another wording of the same reply, so posts do not all read the same.</param>
/// <param name="Register">Whether to register the comment and reply.</param>
/// <param name="RegistrationReason">Why, in the moderator's language.</param>
public sealed record CriticismSummary(
    IReadOnlyList<string> Advice,
    string? DraftKind,
    string? Draft,
    string? AlternativeDraft,
    bool Register,
    string RegistrationReason);

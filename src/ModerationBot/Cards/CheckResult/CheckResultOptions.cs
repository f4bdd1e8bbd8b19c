namespace ModerationBot.Cards.CheckResult;

/// <summary>Choices for how the check-result card is built.</summary>
public sealed record CheckResultOptions
{
    /// <summary>The default options.</summary>
    public static CheckResultOptions Default { get; } = new();

    /// <summary>
    /// True once the bot can receive escalations: the escalate button then submits
    /// <see cref="CardCommands.EscalationStart"/>. Until then it opens guidance on whom to call.
    /// </summary>
    public bool EscalationAvailable { get; init; }

    /// <summary>
    /// The escalation draft that keeps the original text (encrypted, briefly) for the case; the escalate button
    /// carries its id so the original never travels in the card.
    /// </summary>
    public string? EscalationDraftId { get; init; }

    /// <summary>Whether to offer the step-by-step criticism dialog for replies.</summary>
    public bool CriticismAvailable { get; init; } = true;
}

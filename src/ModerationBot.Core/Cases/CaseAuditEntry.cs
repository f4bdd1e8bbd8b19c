namespace ModerationBot.Core.Cases;

/// <summary>One line of a case's append-only audit trail.</summary>
/// <param name="ActorId">The Teams user id of who acted, or <see cref="SystemActor"/>.</param>
/// <param name="Action">What was done.</param>
/// <param name="At">When (UTC, from the injected clock).</param>
/// <param name="Note">The note given with the action, if any (may hold personal data: never log it).</param>
public sealed record CaseAuditEntry(string ActorId, CaseAction Action, DateTimeOffset At, string? Note)
{
    /// <summary>The actor of entries the bot writes itself (retention).</summary>
    public const string SystemActor = "system";

    /// <summary>The checklist step a <see cref="CaseAction.ChecklistStepRecorded"/> entry records; null for other actions.</summary>
    public CaseChecklistStep? ChecklistStep { get; init; }

    /// <summary>Action and time only: the note and the actor stay out of anything printed.</summary>
    public override string ToString() => $"CaseAuditEntry {{ Action = {Action}, At = {At:O} }}";
}

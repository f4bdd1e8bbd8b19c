namespace ModerationBot.Core.Cases;

public sealed partial class ModerationCase
{
    /// <summary>
    /// Records that the receiver of a harassment report took a checklist step, with an optional note. Only on an open
    /// harassment report; the status does not change. Recording a step again adds a newer entry (the latest counts).
    /// </summary>
    public void RecordChecklistStep(CaseChecklistStep step, string actorId, string? note, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        if (!Enum.IsDefined(step))
        {
            throw new ModerationCaseException("Unknown checklist step.");
        }

        if (Kind != CaseKind.Harassment)
        {
            throw new ModerationCaseException("Only a harassment report has the employer's checklist.");
        }

        if (Status == CaseStatus.Closed)
        {
            throw new ModerationCaseException("A closed case takes no more checklist steps.");
        }

        Append(actorId, CaseAction.ChecklistStepRecorded, clock, note);
        _auditTrail[^1] = _auditTrail[^1] with { ChecklistStep = step };
    }

    /// <summary>The latest entry recorded for each checklist step that has one.</summary>
    public IReadOnlyDictionary<CaseChecklistStep, CaseAuditEntry> ChecklistProgress() =>
        AuditTrail
            .Where(entry => entry.Action == CaseAction.ChecklistStepRecorded && entry.ChecklistStep is not null)
            .GroupBy(entry => entry.ChecklistStep!.Value)
            .ToDictionary(group => group.Key, group => group.Last());
}

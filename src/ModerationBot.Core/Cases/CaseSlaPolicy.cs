namespace ModerationBot.Core.Cases;

/// <summary>
/// The acknowledgement deadline of high-severity cases: a case still <see cref="CaseStatus.New"/>
/// <see cref="AcknowledgeWithin"/> after it was opened goes to the deputies; after that a reminder follows every
/// <see cref="ReminderInterval"/>, at most <see cref="MaxReminders"/> times, until someone acts on it.
/// </summary>
/// <param name="AcknowledgeWithin">How long the responsible manager has to acknowledge.</param>
/// <param name="ReminderInterval">Time between the escalation and each reminder.</param>
/// <param name="MaxReminders">Reminders after the escalation; 0 sends none.</param>
public sealed record CaseSlaPolicy(TimeSpan AcknowledgeWithin, TimeSpan ReminderInterval, int MaxReminders)
{
    /// <summary>Only these cases have a deadline; medium and low severity wait for their manager.</summary>
    public const CaseSeverity Severity = CaseSeverity.High;

    /// <summary>The step due for <paramref name="moderationCase"/> at <paramref name="now"/>.</summary>
    public CaseSlaStep StepDue(ModerationCase moderationCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        if (moderationCase.Severity != Severity || moderationCase.Status != CaseStatus.New)
        {
            return CaseSlaStep.None;
        }

        var sla = moderationCase.AuditTrail.Where(e => e.Action is CaseAction.Escalated or CaseAction.ReminderSent).ToList();
        if (sla.Count == 0)
        {
            return now - moderationCase.CreatedAt >= AcknowledgeWithin ? CaseSlaStep.Escalate : CaseSlaStep.None;
        }

        var reminders = sla.Count(e => e.Action == CaseAction.ReminderSent);
        return reminders < MaxReminders && now - sla[^1].At >= ReminderInterval ? CaseSlaStep.Remind : CaseSlaStep.None;
    }
}

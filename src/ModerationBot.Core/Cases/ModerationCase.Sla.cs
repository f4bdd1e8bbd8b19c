namespace ModerationBot.Core.Cases;

public sealed partial class ModerationCase
{
    /// <summary>
    /// Records, as <see cref="CaseAuditEntry.SystemActor"/>, that nobody acknowledged the case in time and it went to
    /// the deputies. Only a case still <see cref="CaseStatus.New"/> can be escalated, and only once.
    /// </summary>
    public void RecordEscalation(TimeProvider clock)
    {
        EnsureUnacknowledged();
        if (_auditTrail.Any(e => e.Action == CaseAction.Escalated))
        {
            throw new ModerationCaseException("The case has already gone to the deputies.");
        }

        Append(CaseAuditEntry.SystemActor, CaseAction.Escalated, clock, null);
    }

    /// <summary>
    /// Records, as <see cref="CaseAuditEntry.SystemActor"/>, a reminder to the responsible manager and the deputies.
    /// Only a case still <see cref="CaseStatus.New"/> that has already gone to the deputies gets reminders.
    /// </summary>
    public void RecordReminder(TimeProvider clock)
    {
        EnsureUnacknowledged();
        if (!_auditTrail.Any(e => e.Action == CaseAction.Escalated))
        {
            throw new ModerationCaseException("A reminder follows the escalation to the deputies.");
        }

        Append(CaseAuditEntry.SystemActor, CaseAction.ReminderSent, clock, null);
    }

    // Someone acting (acknowledge, take over, police report, close) moves the case out of New, which ends the SLA.
    private void EnsureUnacknowledged()
    {
        if (Status != CaseStatus.New)
        {
            throw new ModerationCaseException($"Only an unacknowledged case is escalated or reminded about, not one that is {Status}.");
        }
    }
}

namespace ModerationBot.Core.Cases;

public sealed partial class ModerationCase
{
    /// <summary>Records that a responsible person has seen the case.</summary>
    public void Acknowledge(string actorId, TimeProvider clock, string? note = null) =>
        MoveTo(CaseStatus.Acknowledged, actorId, CaseAction.Acknowledged, clock, note);

    /// <summary>Makes <paramref name="actorId"/> responsible and puts the case in progress.</summary>
    public void TakeOver(string actorId, TimeProvider clock, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        if (Status == CaseStatus.InProgress)
        {
            // Already in progress: taking over only changes who is responsible.
            Append(actorId, CaseAction.TookOver, clock, note);
            Reassign(actorId);
            return;
        }

        MoveTo(CaseStatus.InProgress, actorId, Status == CaseStatus.PoliceReported ? CaseAction.Resumed : CaseAction.TookOver, clock, note);
        Reassign(actorId);
    }

    // The one replaced stays able to act (as a deputy): a take-over shares the work, it does not lock anyone out.
    private void Reassign(string actorId)
    {
        if (!string.Equals(ResponsibleManagerId, actorId, StringComparison.OrdinalIgnoreCase)
            && !_deputyIds.Contains(ResponsibleManagerId, StringComparer.OrdinalIgnoreCase))
        {
            _deputyIds.Add(ResponsibleManagerId);
        }

        _deputyIds.RemoveAll(d => string.Equals(d, actorId, StringComparison.OrdinalIgnoreCase));
        ResponsibleManagerId = actorId;
    }

    /// <summary>Records that a police report was made; the report number is required.</summary>
    public void ReportToPolice(string actorId, string reportNumber, TimeProvider clock, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(reportNumber))
        {
            throw new ModerationCaseException("A police report needs the report number.");
        }

        MoveTo(CaseStatus.PoliceReported, actorId, CaseAction.PoliceReported, clock, note);
        PoliceReportNumber = reportNumber.Trim();
    }

    /// <summary>Adds a note without changing the status; a closed case takes no more notes.</summary>
    public void AddNote(string actorId, string note, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new ModerationCaseException("A note cannot be empty.");
        }

        if (Status == CaseStatus.Closed)
        {
            throw new ModerationCaseException("A closed case takes no more notes.");
        }

        Append(actorId, CaseAction.NoteAdded, clock, note.Trim());
    }

    /// <summary>Closes the case; the closing note is required and the case is final afterwards.</summary>
    public void Close(string actorId, string closingNote, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(closingNote))
        {
            throw new ModerationCaseException("Closing a case needs a closing note.");
        }

        MoveTo(CaseStatus.Closed, actorId, CaseAction.Closed, clock, closingNote.Trim());
        ClosingNote = closingNote.Trim();
        ClosedAt = AuditTrail[^1].At;
    }

    /// <summary>Records that someone opened the case's details (harassment reports audit every view).</summary>
    public void RecordView(string actorId, TimeProvider clock) => Append(actorId, CaseAction.Viewed, clock, null);

    private void MoveTo(CaseStatus target, string actorId, CaseAction action, TimeProvider clock, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        if (!CaseStatusTransitions.IsAllowed(Status, target))
        {
            throw new ModerationCaseException($"A case cannot move from {Status} to {target}.");
        }

        Append(actorId, action, clock, note);
        Status = target;
    }

    private void Append(string actorId, CaseAction action, TimeProvider clock, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentNullException.ThrowIfNull(clock);
        _auditTrail.Add(new CaseAuditEntry(actorId, action, clock.GetUtcNow(), string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }
}

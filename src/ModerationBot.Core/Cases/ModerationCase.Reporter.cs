namespace ModerationBot.Core.Cases;

public sealed partial class ModerationCase
{
    /// <summary>
    /// Appends information the employee who reported harassment adds later (a new message, another link). Only the
    /// reporter, only on an open harassment report; it changes neither the status nor who is responsible.
    /// </summary>
    public void AddReporterInformation(string reporterId, string information, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporterId);
        if (Kind != CaseKind.Harassment)
        {
            throw new ModerationCaseException("Only a harassment report takes information from its reporter.");
        }

        if (!CaseAuthorization.IsReporter(this, reporterId))
        {
            throw new ModerationCaseException("Only the reporter may add information to a report.");
        }

        if (string.IsNullOrWhiteSpace(information))
        {
            throw new ModerationCaseException("Added information cannot be empty.");
        }

        if (Status == CaseStatus.Closed)
        {
            throw new ModerationCaseException("A closed report takes no more information.");
        }

        // Recorded under the reporter's Teams id, the id the audit trail's created entry uses.
        Append(Reporter.TeamsUserId, CaseAction.ReporterInformationAdded, clock, information.Trim());
    }
}

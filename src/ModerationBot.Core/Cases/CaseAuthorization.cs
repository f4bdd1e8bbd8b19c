namespace ModerationBot.Core.Cases;

/// <summary>
/// Who may act on a case (the responsible manager, the deputies and configured case admins) and who may only
/// look (the reporter). Everyone else may do neither.
/// </summary>
public sealed class CaseAuthorization
{
    private readonly HashSet<string> _caseAdminIds;

    /// <summary>Creates the rules with the configured case admins (Teams user ids or Entra object ids).</summary>
    public CaseAuthorization(IEnumerable<string> caseAdminIds)
    {
        ArgumentNullException.ThrowIfNull(caseAdminIds);
        _caseAdminIds = new HashSet<string>(caseAdminIds.Where(id => !string.IsNullOrWhiteSpace(id)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the user may acknowledge, take over, report, add notes and close.</summary>
    public bool CanAct(ModerationCase moderationCase, string userId)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        if (string.IsNullOrWhiteSpace(userId))
        {
            return false;
        }

        return Same(moderationCase.ResponsibleManagerId, userId)
            || moderationCase.DeputyIds.Any(deputy => Same(deputy, userId))
            || _caseAdminIds.Contains(userId);
    }

    /// <summary>Whether the user may see the case's details: those who may act, and the reporter.</summary>
    public bool CanView(ModerationCase moderationCase, string userId)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        return CanAct(moderationCase, userId)
            || (!string.IsNullOrWhiteSpace(userId) && Same(moderationCase.Reporter.TeamsUserId, userId));
    }

    /// <summary>
    /// Whether the user may add information to the case without acting on it: only the employee who reported
    /// harassment, and only while the report is open. Everything else stays view-only for them.
    /// </summary>
    public bool CanAddReporterInformation(ModerationCase moderationCase, string userId)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        return moderationCase.Kind == CaseKind.Harassment
            && moderationCase.IsOpen
            && IsReporter(moderationCase, userId);
    }

    /// <summary>Whether <paramref name="userId"/> is the reporter's Teams user id or Entra object id.</summary>
    public static bool IsReporter(ModerationCase moderationCase, string userId)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        return !string.IsNullOrWhiteSpace(userId)
            && (Same(moderationCase.Reporter.TeamsUserId, userId)
                || (!string.IsNullOrWhiteSpace(moderationCase.Reporter.AadObjectId) && Same(moderationCase.Reporter.AadObjectId, userId)));
    }

    /// <summary>Read-write, read-only or none, for choosing the card to show.</summary>
    public CaseAccess AccessFor(ModerationCase moderationCase, string userId) =>
        CanAct(moderationCase, userId) ? CaseAccess.Act : CanView(moderationCase, userId) ? CaseAccess.View : CaseAccess.None;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

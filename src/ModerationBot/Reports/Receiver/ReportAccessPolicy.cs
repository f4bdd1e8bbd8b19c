using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Core.Cases;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// Who may see a harassment report: its receiver (the responsible person and deputies) and the configured HR case
/// officers see the details; the employee who reported sees its progress; nobody else sees anything. General case
/// admins (<c>Cases:CaseAdminIds</c>) are not let in: a report is about a colleague, not a comment.
/// </summary>
public sealed class ReportAccessPolicy
{
    private readonly HashSet<string> _hrCaseAdminIds;

    public ReportAccessPolicy(IOptions<ReportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _hrCaseAdminIds = new HashSet<string>(options.Value.HrCaseAdminIds.Where(id => !string.IsNullOrWhiteSpace(id)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What the sender of <paramref name="activity"/> may do with <paramref name="report"/>.</summary>
    public ReportGrant For(ModerationCase? report, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (report is not { Kind: CaseKind.Harassment })
        {
            return ReportGrant.None;
        }

        // A person is known to the case by their Teams id or their Entra object id, whichever routing stored.
        var ids = new[] { activity.From?.Id, activity.From?.AadObjectId }.OfType<string>().Where(id => id.Length > 0).ToList();
        var receiverIds = report.DeputyIds.Prepend(report.ResponsibleManagerId).ToList();
        if (ids.FirstOrDefault(id => receiverIds.Any(r => Same(r, id))) is { } receiver)
        {
            return new ReportGrant(CaseAccess.Act, receiver, SeesDetails: true);
        }

        if (ids.FirstOrDefault(_hrCaseAdminIds.Contains) is { } hr)
        {
            return new ReportGrant(CaseAccess.View, hr, SeesDetails: true);
        }

        return ids.FirstOrDefault(id => CaseAuthorization.IsReporter(report, id)) is { } reporter
            ? new ReportGrant(CaseAccess.View, reporter, SeesDetails: false)
            : ReportGrant.None;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

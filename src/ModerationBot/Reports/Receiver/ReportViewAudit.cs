using Microsoft.Extensions.Options;
using ModerationBot.Core.Cases;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// Decides whether showing a report's details is recorded as a view. Opening it on purpose always is; Teams
/// refreshes the card each time it scrolls into sight, so a refresh is recorded only when the same person's last
/// recorded view is older than <c>Reports:ViewAuditInterval</c> (default one hour). The trail then says who read the
/// report and when, without hundreds of lines from one afternoon's chat.
/// </summary>
public sealed class ReportViewAudit(IOptions<ReportOptions> options, TimeProvider clock)
{
    public bool ShouldRecord(ModerationCase report, string viewerId, bool opened)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (opened)
        {
            return true;
        }

        var since = clock.GetUtcNow() - options.Value.ViewAuditInterval;
        return !report.AuditTrail.Any(entry =>
            entry.Action == CaseAction.Viewed
            && entry.At > since
            && string.Equals(entry.ActorId, viewerId, StringComparison.OrdinalIgnoreCase));
    }
}

using ModerationBot.Core.Cases;

namespace ModerationBot.Reports.Receiver;

/// <summary>What one person may do with one harassment report, and under which of their ids the case knows them.</summary>
/// <param name="Access">
/// <see cref="CaseAccess.Act"/> for the receiver (responsible and deputies), <see cref="CaseAccess.View"/> for HR case
/// officers and for the employee who reported, <see cref="CaseAccess.None"/> for everyone else.
/// </param>
/// <param name="ActorId">The id (Teams user id or Entra object id) that matched; recorded in the audit trail.</param>
/// <param name="SeesDetails">Whether the report itself and the receiver's notes are shown (not to the employee).</param>
public sealed record ReportGrant(CaseAccess Access, string ActorId, bool SeesDetails)
{
    /// <summary>Nothing: the same for a report that does not exist.</summary>
    public static ReportGrant None { get; } = new(CaseAccess.None, string.Empty, false);
}

namespace ModerationBot.Core.Cases;

/// <summary>
/// The only status moves a case may make. A closed case is final; a police-reported case can go back to work
/// (follow-up after the report) or be closed.
/// </summary>
public static class CaseStatusTransitions
{
    private static readonly IReadOnlyDictionary<CaseStatus, IReadOnlySet<CaseStatus>> s_allowed = new Dictionary<CaseStatus, IReadOnlySet<CaseStatus>>
    {
        [CaseStatus.New] = new HashSet<CaseStatus> { CaseStatus.Acknowledged, CaseStatus.InProgress, CaseStatus.PoliceReported, CaseStatus.Closed },
        [CaseStatus.Acknowledged] = new HashSet<CaseStatus> { CaseStatus.InProgress, CaseStatus.PoliceReported, CaseStatus.Closed },
        [CaseStatus.InProgress] = new HashSet<CaseStatus> { CaseStatus.PoliceReported, CaseStatus.Closed },
        [CaseStatus.PoliceReported] = new HashSet<CaseStatus> { CaseStatus.InProgress, CaseStatus.Closed },
        [CaseStatus.Closed] = new HashSet<CaseStatus>(),
    };

    /// <summary>The statuses a case in <paramref name="from"/> may move to.</summary>
    public static IReadOnlySet<CaseStatus> AllowedFrom(CaseStatus from) =>
        s_allowed.TryGetValue(from, out var targets) ? targets : throw new ArgumentOutOfRangeException(nameof(from));

    /// <summary>Whether a case may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(CaseStatus from, CaseStatus to) => AllowedFrom(from).Contains(to);
}

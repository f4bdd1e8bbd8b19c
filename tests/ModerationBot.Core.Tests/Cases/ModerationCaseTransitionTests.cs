using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class ModerationCaseTransitionTests
{
    public static TheoryData<CaseStatus, CaseStatus> Allowed => new()
    {
        { CaseStatus.New, CaseStatus.Acknowledged },
        { CaseStatus.New, CaseStatus.InProgress },
        { CaseStatus.New, CaseStatus.PoliceReported },
        { CaseStatus.New, CaseStatus.Closed },
        { CaseStatus.Acknowledged, CaseStatus.InProgress },
        { CaseStatus.Acknowledged, CaseStatus.PoliceReported },
        { CaseStatus.Acknowledged, CaseStatus.Closed },
        { CaseStatus.InProgress, CaseStatus.PoliceReported },
        { CaseStatus.InProgress, CaseStatus.Closed },
        { CaseStatus.PoliceReported, CaseStatus.InProgress },
        { CaseStatus.PoliceReported, CaseStatus.Closed },
    };

    public static TheoryData<CaseStatus, CaseStatus> Refused => new()
    {
        { CaseStatus.Acknowledged, CaseStatus.Acknowledged },
        { CaseStatus.InProgress, CaseStatus.Acknowledged },
        { CaseStatus.PoliceReported, CaseStatus.Acknowledged },
        { CaseStatus.PoliceReported, CaseStatus.PoliceReported },
        { CaseStatus.Closed, CaseStatus.Acknowledged },
        { CaseStatus.Closed, CaseStatus.InProgress },
        { CaseStatus.Closed, CaseStatus.PoliceReported },
        { CaseStatus.Closed, CaseStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Action_AllowedTransition_MovesStatusAndAppendsAudit(CaseStatus from, CaseStatus to)
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(from, clock);
        var entries = sut.AuditTrail.Count;
        clock.Advance(TimeSpan.FromMinutes(5));

        CaseFactory.MoveTo(sut, to, clock);

        Assert.Equal(to, sut.Status);
        Assert.Equal(entries + 1, sut.AuditTrail.Count);
        Assert.Equal(clock.GetUtcNow(), sut.AuditTrail[^1].At);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Action_RefusedTransition_ThrowsAndChangesNothing(CaseStatus from, CaseStatus to)
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(from, clock);
        var trail = sut.AuditTrail.ToList();

        var error = Assert.Throws<ModerationCaseException>(() => CaseFactory.MoveTo(sut, to, clock));

        Assert.Equal(from, sut.Status);
        Assert.Equal(trail, sut.AuditTrail);
        Assert.Contains(from.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TransitionTable_EveryPairOutsideTheTable_IsRefused()
    {
        var allowed = Allowed.Select(row => row.Data).ToHashSet();

        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>())
            {
                Assert.Equal(allowed.Contains((from, to)), CaseStatusTransitions.IsAllowed(from, to));
            }
        }
    }
}

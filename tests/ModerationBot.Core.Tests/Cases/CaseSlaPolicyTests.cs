using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class CaseSlaPolicyTests
{
    private static readonly CaseSlaPolicy s_policy = new(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15), 2);

    [Fact]
    public void StepDue_HighCaseJustBeforeDeadline_IsNone()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);

        Assert.Equal(CaseSlaStep.None, s_policy.StepDue(sut, clock.GetUtcNow().AddMinutes(15).AddSeconds(-1)));
    }

    [Fact]
    public void StepDue_HighCaseAtDeadline_IsEscalate()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);

        Assert.Equal(CaseSlaStep.Escalate, s_policy.StepDue(sut, clock.GetUtcNow().AddMinutes(15)));
    }

    [Theory]
    [InlineData(CaseSeverity.Medium)]
    [InlineData(CaseSeverity.Low)]
    public void StepDue_LowerSeverityLongOverdue_IsNone(CaseSeverity severity)
    {
        var clock = CaseFactory.Clock();
        var sut = ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 1), CaseFactory.Draft(severity), null, clock);

        Assert.Equal(CaseSlaStep.None, s_policy.StepDue(sut, clock.GetUtcNow().AddDays(1)));
    }

    [Theory]
    [InlineData(CaseStatus.Acknowledged)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.PoliceReported)]
    [InlineData(CaseStatus.Closed)]
    public void StepDue_SomeoneActed_IsNone(CaseStatus status)
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(status, clock);

        Assert.Equal(CaseSlaStep.None, s_policy.StepDue(sut, clock.GetUtcNow().AddHours(2)));
    }

    [Fact]
    public void StepDue_EscalatedThenInterval_RemindsUntilMaxThenNone()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);
        clock.Advance(TimeSpan.FromMinutes(15));
        sut.RecordEscalation(clock);

        Assert.Equal(CaseSlaStep.None, s_policy.StepDue(sut, clock.GetUtcNow().AddMinutes(14)));
        var steps = new List<CaseSlaStep>();
        for (var i = 0; i < 4; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            var step = s_policy.StepDue(sut, clock.GetUtcNow());
            steps.Add(step);
            if (step == CaseSlaStep.Remind)
            {
                sut.RecordReminder(clock);
            }
        }

        Assert.Equal([CaseSlaStep.Remind, CaseSlaStep.Remind, CaseSlaStep.None, CaseSlaStep.None], steps);
    }
}

using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class ModerationCaseChecklistTests
{
    [Fact]
    public void RecordChecklistStep_OpenReport_AppendsEntryWithStepNoteAndTimeWithoutMovingStatus()
    {
        var clock = CaseFactory.Clock();
        var report = Report(clock);
        clock.Advance(TimeSpan.FromHours(1));

        report.RecordChecklistStep(CaseChecklistStep.AssessRisk, CaseFactory.Manager, "  Low risk for now  ", clock);

        Assert.Equal(CaseStatus.New, report.Status);
        Assert.Equal(
            new CaseAuditEntry(CaseFactory.Manager, CaseAction.ChecklistStepRecorded, clock.GetUtcNow(), "Low risk for now") { ChecklistStep = CaseChecklistStep.AssessRisk },
            report.AuditTrail[^1]);
    }

    [Fact]
    public void ChecklistProgress_StepRecordedTwice_LatestEntryCountsAndOthersAreAbsent()
    {
        var clock = CaseFactory.Clock();
        var report = Report(clock);
        report.RecordChecklistStep(CaseChecklistStep.FollowUp, CaseFactory.Manager, "First call", clock);
        clock.Advance(TimeSpan.FromDays(7));
        report.RecordChecklistStep(CaseChecklistStep.FollowUp, CaseFactory.Deputy, "Second call", clock);

        var progress = report.ChecklistProgress();

        Assert.Equal([CaseChecklistStep.FollowUp], progress.Keys);
        Assert.Equal(("Second call", CaseFactory.Deputy, clock.GetUtcNow()), (progress[CaseChecklistStep.FollowUp].Note, progress[CaseChecklistStep.FollowUp].ActorId, progress[CaseChecklistStep.FollowUp].At));
    }

    [Fact]
    public void RecordChecklistStep_ClosedReport_RefusedAndTrailUnchanged()
    {
        var clock = CaseFactory.Clock();
        var report = Report(clock);
        report.Close(CaseFactory.Manager, "Handled", clock);

        Assert.Throws<ModerationCaseException>(() => report.RecordChecklistStep(CaseChecklistStep.FollowUp, CaseFactory.Manager, null, clock));
        Assert.Equal(2, report.AuditTrail.Count);
    }

    [Fact]
    public void RecordChecklistStep_ThreatCase_RefusedAndTrailUnchanged()
    {
        var clock = CaseFactory.Clock();
        var threat = CaseFactory.InStatus(CaseStatus.New, clock);

        Assert.Throws<ModerationCaseException>(() => threat.RecordChecklistStep(CaseChecklistStep.AssessRisk, CaseFactory.Manager, null, clock));
        Assert.Single(threat.AuditTrail);
    }

    [Fact]
    public void RecordChecklistStep_UndefinedStep_Refused()
    {
        var clock = CaseFactory.Clock();
        var report = Report(clock);

        Assert.Throws<ModerationCaseException>(() => report.RecordChecklistStep((CaseChecklistStep)42, CaseFactory.Manager, null, clock));
        Assert.Single(report.AuditTrail);
    }

    private static ModerationCase Report(TimeProvider clock) =>
        ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 7), CaseFactory.Draft(CaseSeverity.Medium) with { Kind = CaseKind.Harassment }, null, clock);
}

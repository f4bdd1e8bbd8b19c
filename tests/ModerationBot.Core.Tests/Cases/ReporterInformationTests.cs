using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

/// <summary>The one thing the reporter of harassment may do on their case: add information while it is open.</summary>
public sealed class ReporterInformationTests
{
    private static ModerationCase Report(TimeProvider clock) =>
        ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 7), CaseFactory.Draft() with { Kind = CaseKind.Harassment }, "evidence-7", clock);

    [Theory]
    [InlineData(CaseFactory.Reporter)]
    [InlineData("aad-reporter")]
    public void AddReporterInformation_ByReporterEitherId_AppendsEntryUnderTeamsIdAndKeepsStatus(string reporterId)
    {
        var clock = CaseFactory.Clock();
        var report = Report(clock);
        clock.Advance(TimeSpan.FromHours(1));

        report.AddReporterInformation(reporterId, "  A new message came tonight.  ", clock);

        Assert.Equal(new CaseAuditEntry(CaseFactory.Reporter, CaseAction.ReporterInformationAdded, clock.GetUtcNow(), "A new message came tonight."), report.AuditTrail[^1]);
        Assert.Equal((CaseStatus.New, CaseFactory.Manager), (report.Status, report.ResponsibleManagerId));
    }

    [Theory]
    [InlineData(CaseFactory.Manager)]
    [InlineData("29:someone-else")]
    public void AddReporterInformation_NotTheReporter_ThrowsAndAppendsNothing(string actor)
    {
        var clock = CaseFactory.Clock();
        var report = Report(clock);

        Assert.Throws<ModerationCaseException>(() => report.AddReporterInformation(actor, "text", clock));
        Assert.Single(report.AuditTrail);
    }

    [Fact]
    public void AddReporterInformation_ThreatCaseClosedReportOrEmptyText_Throws()
    {
        var clock = CaseFactory.Clock();
        var threat = ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 8), CaseFactory.Draft(), null, clock);
        var closed = Report(clock);
        closed.Close(CaseFactory.Manager, "Supported and followed up.", clock);

        Assert.Throws<ModerationCaseException>(() => threat.AddReporterInformation(CaseFactory.Reporter, "text", clock));
        Assert.Throws<ModerationCaseException>(() => closed.AddReporterInformation(CaseFactory.Reporter, "text", clock));
        Assert.Throws<ModerationCaseException>(() => Report(clock).AddReporterInformation(CaseFactory.Reporter, "  ", clock));
    }

    [Fact]
    public void CanAddReporterInformation_OnlyTheReporterOfAnOpenHarassmentReport()
    {
        var clock = CaseFactory.Clock();
        var rules = new CaseAuthorization(["29:case-admin"]);
        var report = Report(clock);
        var closed = Report(clock);
        closed.Close(CaseFactory.Manager, "Done.", clock);
        var threat = ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 9), CaseFactory.Draft(), null, clock);

        Assert.True(rules.CanAddReporterInformation(report, CaseFactory.Reporter));
        Assert.True(rules.CanAddReporterInformation(report, "AAD-REPORTER"));
        Assert.False(rules.CanAddReporterInformation(report, CaseFactory.Manager));
        Assert.False(rules.CanAddReporterInformation(report, "29:case-admin"));
        Assert.False(rules.CanAddReporterInformation(closed, CaseFactory.Reporter));
        Assert.False(rules.CanAddReporterInformation(threat, CaseFactory.Reporter));
        Assert.False(rules.CanAct(report, CaseFactory.Reporter));
    }
}

using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class ModerationCaseTests
{
    [Fact]
    public void Open_ValidDraft_IsNewWithCreatedEntryByReporter()
    {
        var clock = CaseFactory.Clock();

        var sut = ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 42), CaseFactory.Draft(), "ev", clock);

        Assert.Equal(CaseStatus.New, sut.Status);
        Assert.Equal("MOD-2026-0042", sut.Number.ToString());
        Assert.Equal(clock.GetUtcNow(), sut.CreatedAt);
        var entry = Assert.Single(sut.AuditTrail);
        Assert.Equal((CaseFactory.Reporter, CaseAction.Created), (entry.ActorId, entry.Action));
    }

    [Fact]
    public void Open_NoResponsibleManager_Throws()
    {
        var draft = CaseFactory.Draft() with { ResponsibleManagerId = " " };

        Assert.Throws<ModerationCaseException>(() => ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 1), draft, null, CaseFactory.Clock()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Close_WithoutClosingNote_IsRefused(string note)
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.InProgress, clock);

        Assert.Throws<ModerationCaseException>(() => sut.Close(CaseFactory.Manager, note, clock));

        Assert.Equal(CaseStatus.InProgress, sut.Status);
        Assert.Null(sut.ClosedAt);
    }

    [Fact]
    public void Close_WithNote_RecordsNoteAndTime()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.Acknowledged, clock);
        clock.Advance(TimeSpan.FromHours(2));

        sut.Close(CaseFactory.Manager, " Talked to the employee. ", clock);

        Assert.Equal("Talked to the employee.", sut.ClosingNote);
        Assert.Equal(clock.GetUtcNow(), sut.ClosedAt);
        Assert.False(sut.IsOpen);
    }

    [Fact]
    public void ReportToPolice_WithoutReportNumber_IsRefused()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);

        Assert.Throws<ModerationCaseException>(() => sut.ReportToPolice(CaseFactory.Manager, "", clock));

        Assert.Equal(CaseStatus.New, sut.Status);
        Assert.Null(sut.PoliceReportNumber);
    }

    [Fact]
    public void ReportToPolice_WithNumber_RecordsIt()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.InProgress, clock);

        sut.ReportToPolice(CaseFactory.Manager, "5000-K99-26", clock);

        Assert.Equal("5000-K99-26", sut.PoliceReportNumber);
        Assert.Equal(CaseAction.PoliceReported, sut.AuditTrail[^1].Action);
    }

    [Fact]
    public void TakeOver_ByDeputy_MakesDeputyResponsible()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);

        sut.TakeOver(CaseFactory.Deputy, clock);

        Assert.Equal(CaseFactory.Deputy, sut.ResponsibleManagerId);
        Assert.Equal(CaseStatus.InProgress, sut.Status);
        Assert.Equal([CaseFactory.Manager], sut.DeputyIds);
    }

    [Fact]
    public void TakeOver_AlreadyInProgress_ChangesOnlyResponsible()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.InProgress, clock);

        sut.TakeOver(CaseFactory.Deputy, clock);

        Assert.Equal((CaseStatus.InProgress, CaseFactory.Deputy), (sut.Status, sut.ResponsibleManagerId));
        Assert.Equal(CaseAction.TookOver, sut.AuditTrail[^1].Action);
    }

    [Fact]
    public void AddNote_OpenCase_AppendsWithoutStatusChange()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.Acknowledged, clock);

        sut.AddNote(CaseFactory.Deputy, "Called the page owner.", clock);

        Assert.Equal(CaseStatus.Acknowledged, sut.Status);
        Assert.Equal(new CaseAuditEntry(CaseFactory.Deputy, CaseAction.NoteAdded, clock.GetUtcNow(), "Called the page owner."), sut.AuditTrail[^1]);
    }

    [Fact]
    public void AddNote_ClosedCase_IsRefused()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.Closed, clock);

        Assert.Throws<ModerationCaseException>(() => sut.AddNote(CaseFactory.Manager, "late", clock));
        Assert.Equal(2, sut.AuditTrail.Count);
    }

    [Fact]
    public void Restore_StoredState_KeepsEverythingAsSaved()
    {
        var clock = CaseFactory.Clock();
        var original = CaseFactory.InStatus(CaseStatus.PoliceReported, clock);
        var state = new CaseState(original.Status, original.ResponsibleManagerId, original.EvidenceReference, original.PoliceReportNumber, null, original.CreatedAt, null, 3);

        var sut = ModerationCase.Restore(original.Id, original.Number, CaseFactory.Draft(), state, original.AuditTrail);

        Assert.Equal((CaseStatus.PoliceReported, 3, "5000-K123456-26"), (sut.Status, sut.Version, sut.PoliceReportNumber));
        Assert.Equal(original.AuditTrail, sut.AuditTrail);
    }
}

using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class ModerationCaseSlaTests
{
    [Fact]
    public void RecordEscalation_NewCase_AppendsSystemEntryAndKeepsStatus()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);
        clock.Advance(TimeSpan.FromMinutes(15));

        sut.RecordEscalation(clock);

        Assert.Equal(CaseStatus.New, sut.Status);
        Assert.Equal(new CaseAuditEntry(CaseAuditEntry.SystemActor, CaseAction.Escalated, clock.GetUtcNow(), null), sut.AuditTrail[^1]);
    }

    [Theory]
    [InlineData(CaseStatus.Acknowledged)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.PoliceReported)]
    [InlineData(CaseStatus.Closed)]
    public void RecordEscalation_SomeoneActed_IsRefusedAndAppendsNothing(CaseStatus status)
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(status, clock);
        var before = sut.AuditTrail.Count;

        Assert.Throws<ModerationCaseException>(() => sut.RecordEscalation(clock));
        Assert.Throws<ModerationCaseException>(() => sut.RecordReminder(clock));

        Assert.Equal(before, sut.AuditTrail.Count);
    }

    [Fact]
    public void RecordEscalation_Twice_IsRefused()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);
        sut.RecordEscalation(clock);

        Assert.Throws<ModerationCaseException>(() => sut.RecordEscalation(clock));
        Assert.Equal(2, sut.AuditTrail.Count);
    }

    [Fact]
    public void RecordReminder_BeforeEscalation_IsRefused()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);

        Assert.Throws<ModerationCaseException>(() => sut.RecordReminder(clock));
        Assert.Single(sut.AuditTrail);
    }

    [Fact]
    public void Acknowledge_AfterReminder_EndsTheDeadlineButKeepsTheTrail()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.New, clock);
        sut.RecordEscalation(clock);
        sut.RecordReminder(clock);

        sut.Acknowledge(CaseFactory.Deputy, clock);

        Assert.Equal([CaseAction.Created, CaseAction.Escalated, CaseAction.ReminderSent, CaseAction.Acknowledged], sut.AuditTrail.Select(e => e.Action));
        Assert.Throws<ModerationCaseException>(() => sut.RecordReminder(clock));
    }
}

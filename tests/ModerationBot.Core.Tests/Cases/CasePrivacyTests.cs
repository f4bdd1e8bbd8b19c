using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class CasePrivacyTests
{
    [Fact]
    public void ToString_RecordsHoldingPersonalData_PrintNoNameIdNoteOrComment()
    {
        var clock = CaseFactory.Clock();
        var draft = CaseFactory.Draft();
        var entry = new CaseAuditEntry(CaseFactory.Manager, CaseAction.NoteAdded, clock.GetUtcNow(), "Called Karin at home");

        var printed = string.Join("\n", draft.ToString(), draft.Reporter.ToString(), entry.ToString(), $"{draft}", $"{entry}");

        Assert.DoesNotContain("Reporter Name", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseFactory.Reporter, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseFactory.Manager, printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Karin", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("regret", printed, StringComparison.Ordinal);
        Assert.Contains("NoteAdded", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordView_AnyStatus_AppendsViewedWithoutChangingStatus()
    {
        var clock = CaseFactory.Clock();
        var sut = CaseFactory.InStatus(CaseStatus.Closed, clock);

        sut.RecordView("29:hr-admin", clock);

        Assert.Equal(CaseStatus.Closed, sut.Status);
        Assert.Equal(new CaseAuditEntry("29:hr-admin", CaseAction.Viewed, clock.GetUtcNow(), null), sut.AuditTrail[^1]);
    }
}

using Dapper;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    private const string StepNote = "Talked with her on Monday, she wants the account blocked 9b2e";

    [Fact]
    public async Task ApplyAsync_ChecklistStepRecorded_RoundTripsStepAndEncryptedNote()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(HarassmentDraft(), null, NoMessages, Ct);
        Clock.Advance(TimeSpan.FromMinutes(30));

        var result = await store.ApplyAsync(created.Id, 1, Manager, c => c.RecordChecklistStep(CaseChecklistStep.TalkToEmployee, Manager, StepNote, Clock), NoMessages, Ct);
        await store.ApplyAsync(created.Id, 2, Deputy, c => c.RecordChecklistStep(CaseChecklistStep.ConsiderPoliceReport, Deputy, null, Clock), NoMessages, Ct);
        var reloaded = await store.FindAsync(created.Id, Ct);

        Assert.Equal(CaseUpdateOutcome.Applied, result.Outcome);
        Assert.Equal(
            [(CaseAction.Created, (CaseChecklistStep?)null, (string?)null), (CaseAction.ChecklistStepRecorded, CaseChecklistStep.TalkToEmployee, StepNote), (CaseAction.ChecklistStepRecorded, CaseChecklistStep.ConsiderPoliceReport, null)],
            reloaded!.AuditTrail.Select(e => (e.Action, e.ChecklistStep, e.Note)));
        Assert.Equal(Clock.GetUtcNow(), reloaded.ChecklistProgress()[CaseChecklistStep.TalkToEmployee].At);
        await using var connection = await database.OpenAsync(Ct);
        var stored = (await connection.QueryAsync<(string Step, string? Note)>(
            "SELECT checklist_step AS Step, note AS Note FROM case_audit WHERE action = 'checklist_step_recorded' ORDER BY position")).ToList();
        Assert.Equal(["talk_to_employee", "consider_police_report"], stored.Select(s => s.Step));
        Assert.DoesNotContain(StepNote, stored[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_ChecklistStepOnClosedReport_ThrowsAndNothingWritten()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(HarassmentDraft(), null, NoMessages, Ct);
        await store.ApplyAsync(created.Id, 1, Manager, c => c.Close(Manager, "Handled", Clock), NoMessages, Ct);

        await Assert.ThrowsAsync<ModerationCaseException>(() =>
            store.ApplyAsync(created.Id, 2, Manager, c => c.RecordChecklistStep(CaseChecklistStep.FollowUp, Manager, StepNote, Clock), ManagerCard, Ct));

        Assert.Equal(2, await CountAsync(database, "case_audit"));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task RecordViewAsync_AnyViewer_AppendsViewedEntryAndMovesTheVersion()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(HarassmentDraft(), null, NoMessages, Ct);
        Clock.Advance(TimeSpan.FromMinutes(3));

        var viewed = await store.RecordViewAsync(created.Id, "29:hr-officer", Ct);
        var stale = await store.ApplyAsync(created.Id, 1, Manager, c => c.Acknowledge(Manager, Clock), NoMessages, Ct);

        Assert.Equal(CaseUpdateOutcome.Applied, viewed.Outcome);
        var reloaded = await store.FindAsync(created.Id, Ct);
        Assert.Equal((2, CaseStatus.New), (reloaded!.Version, reloaded.Status));
        Assert.Equal(new CaseAuditEntry("29:hr-officer", CaseAction.Viewed, Clock.GetUtcNow(), null), reloaded.AuditTrail[^1]);
        Assert.Equal(CaseUpdateOutcome.Conflict, stale.Outcome);
    }

    [Fact]
    public async Task RecordViewAsync_UnknownCase_NotFoundAndNothingWritten()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);

        var result = await store.RecordViewAsync(Guid.NewGuid(), Manager, Ct);

        Assert.Equal(CaseUpdateOutcome.NotFound, result.Outcome);
        Assert.Equal(0, await CountAsync(database, "case_audit"));
    }
}

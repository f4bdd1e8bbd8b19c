using ModerationBot.Cases;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task ApplyAsync_AllowedAction_StoresStatusAuditAndMessagesAndBumpsVersion()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), null, ManagerCard, Ct);
        Clock.Advance(TimeSpan.FromMinutes(3));

        var result = await store.ApplyAsync(created.Id, 1, Manager, c => c.Acknowledge(Manager, Clock, "On it"), ManagerCard, Ct);
        var reloaded = await store.FindAsync(created.Id, Ct);

        Assert.Equal(CaseUpdateOutcome.Applied, result.Outcome);
        Assert.Equal((CaseStatus.Acknowledged, 2), (reloaded!.Status, reloaded.Version));
        Assert.Equal(new CaseAuditEntry(Manager, CaseAction.Acknowledged, Clock.GetUtcNow(), "On it"), reloaded.AuditTrail[^1]);
        Assert.Equal(2, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task ApplyAsync_StaleVersion_ReturnsConflictAndWritesNothing()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        await store.ApplyAsync(created.Id, 1, Manager, c => c.Acknowledge(Manager, Clock), NoMessages, Ct);

        var result = await store.ApplyAsync(created.Id, 1, Deputy, c => c.TakeOver(Deputy, Clock), ManagerCard, Ct);

        Assert.Equal(CaseUpdateOutcome.Conflict, result.Outcome);
        Assert.Equal((CaseStatus.Acknowledged, Manager, 2), (result.Case!.Status, result.Case.ResponsibleManagerId, result.Case.Version));
        Assert.Equal(2, await CountAsync(database, "case_audit"));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task ApplyAsync_TwoActorsAtOnceOnSameVersion_ExactlyOneWins()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var other = CaseStore(Reopen(database));
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);

        var results = await Task.WhenAll(
            Task.Run(() => store.ApplyAsync(created.Id, 1, Manager, c => c.TakeOver(Manager, Clock), NoMessages, Ct), Ct),
            Task.Run(() => other.ApplyAsync(created.Id, 1, Deputy, c => c.TakeOver(Deputy, Clock), NoMessages, Ct), Ct));

        Assert.Single(results, r => r.Outcome == CaseUpdateOutcome.Applied);
        Assert.Single(results, r => r.Outcome == CaseUpdateOutcome.Conflict);
        Assert.Equal(2, (await store.FindAsync(created.Id, Ct))!.AuditTrail.Count);
    }

    [Fact]
    public async Task ApplyAsync_IllegalTransition_ThrowsAndWritesNothing()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        await store.ApplyAsync(created.Id, 1, Manager, c => c.Close(Manager, "Handled.", Clock), NoMessages, Ct);

        await Assert.ThrowsAsync<ModerationCaseException>(() =>
            store.ApplyAsync(created.Id, 2, Manager, c => c.Acknowledge(Manager, Clock), ManagerCard, Ct));

        var reloaded = await store.FindAsync(created.Id, Ct);
        Assert.Equal((CaseStatus.Closed, 2, 2), (reloaded!.Status, reloaded.Version, reloaded.AuditTrail.Count));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task ApplyAsync_PoliceReportThenClose_KeepsReportNumberClosingNoteAndWholeTrail()
    {
        var store = CaseStore(await MigratedDatabaseAsync());
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);

        await store.ApplyAsync(created.Id, 1, Deputy, c => c.ReportToPolice(Deputy, "5000-K42-26", Clock), NoMessages, Ct);
        Clock.Advance(TimeSpan.FromDays(2));
        await store.ApplyAsync(created.Id, 2, Deputy, c => c.Close(Deputy, "Police took over.", Clock), NoMessages, Ct);
        var reloaded = await store.FindAsync(created.Id, Ct);

        Assert.Equal(("5000-K42-26", "Police took over.", Clock.GetUtcNow()), (reloaded!.PoliceReportNumber, reloaded.ClosingNote, reloaded.ClosedAt));
        Assert.Equal([CaseAction.Created, CaseAction.PoliceReported, CaseAction.Closed], reloaded.AuditTrail.Select(a => a.Action));
    }

    [Fact]
    public async Task ApplyAsync_UnknownCase_ReturnsNotFound()
    {
        var store = CaseStore(await MigratedDatabaseAsync());

        var result = await store.ApplyAsync(Guid.NewGuid(), 1, Manager, c => c.Acknowledge(Manager, Clock), NoMessages, Ct);

        Assert.Equal(CaseUpdateOutcome.NotFound, result.Outcome);
    }

    [Theory]
    [InlineData(Reporter)]
    [InlineData("29:stranger")]
    public async Task ApplyAsync_ActorMayNotAct_ReturnsForbiddenAndWritesNothing(string actor)
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);

        var result = await store.ApplyAsync(created.Id, 1, actor, c => c.Close(actor, "Not mine to close.", Clock), ManagerCard, Ct);

        Assert.Equal(CaseUpdateOutcome.Forbidden, result.Outcome);
        var reloaded = await store.FindAsync(created.Id, Ct);
        Assert.Equal((CaseStatus.New, 1, 1), (reloaded!.Status, reloaded.Version, reloaded.AuditTrail.Count));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task ApplyAsync_TakeOverByCaseAdmin_AdminResponsibleFormerManagerStoredAsDeputyAndStillActs()
    {
        var store = CaseStore(await MigratedDatabaseAsync());
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        await store.ApplyAsync(created.Id, 1, CaseAdmin, c => c.TakeOver(CaseAdmin, Clock), NoMessages, Ct);

        var byFormerManager = await store.ApplyAsync(created.Id, 2, Manager, c => c.AddNote(Manager, "still here", Clock), NoMessages, Ct);

        Assert.Equal(CaseUpdateOutcome.Applied, byFormerManager.Outcome);
        Assert.Equal(CaseAdmin, byFormerManager.Case!.ResponsibleManagerId);
        Assert.Equal([Deputy, Manager], (await store.FindAsync(created.Id, Ct))!.DeputyIds);
        Assert.Equal([created.Id], (await store.ListOpenForUserAsync(CaseAdmin, Ct)).Select(c => c.Id));
    }
}

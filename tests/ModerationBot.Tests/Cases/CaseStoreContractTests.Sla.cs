using ModerationBot.Cases;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task ListUnacknowledgedAsync_MixedCases_ReturnsOnlyNewOnesOfThatSeverityOpenedByTheCutoffOldestFirst()
    {
        var store = CaseStore(await MigratedDatabaseAsync());
        var oldest = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        var medium = await store.CreateAsync(Draft() with { Severity = CaseSeverity.Medium }, null, NoMessages, Ct);
        var acknowledged = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        await store.ApplyAsync(acknowledged.Id, 1, Manager, c => c.Acknowledge(Manager, Clock), NoMessages, Ct);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        var cutoff = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        await store.CreateAsync(Draft(), null, NoMessages, Ct);

        var found = await store.ListUnacknowledgedAsync(CaseSeverity.High, cutoff, Ct);

        Assert.Equal([oldest.Number, second.Number], found.Select(c => c.Number));
        Assert.Equal([medium.Id], (await store.ListUnacknowledgedAsync(CaseSeverity.Medium, cutoff, Ct)).Select(c => c.Id));
    }

    [Fact]
    public async Task ListUnacknowledgedAsync_EscalatedButStillNew_ReturnsItWithItsTrail()
    {
        var store = CaseStore(await MigratedDatabaseAsync());
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        Clock.Advance(TimeSpan.FromMinutes(15));
        await store.ApplySystemAsync(created.Id, 1, c => c.RecordEscalation(Clock), NoMessages, Ct);

        var found = Assert.Single(await store.ListUnacknowledgedAsync(CaseSeverity.High, Clock.GetUtcNow(), Ct));

        Assert.Equal((CaseStatus.New, 2), (found.Status, found.Version));
        Assert.Equal([CaseAction.Created, CaseAction.Escalated], found.AuditTrail.Select(e => e.Action));
    }

    [Fact]
    public async Task ApplySystemAsync_NoPersonMayAct_StoresSystemEntryAndMessages()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);

        var result = await store.ApplySystemAsync(created.Id, 1, c => c.RecordEscalation(Clock), ManagerCard, Ct);

        Assert.Equal(CaseUpdateOutcome.Applied, result.Outcome);
        var entry = (await store.FindAsync(created.Id, Ct))!.AuditTrail[^1];
        Assert.Equal((CaseAuditEntry.SystemActor, CaseAction.Escalated), (entry.ActorId, entry.Action));
        Assert.Equal(1, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task ApplySystemAsync_TwoInstancesAtOnce_ExactlyOneWritesItsMessages()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var other = CaseStore(Reopen(database));
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);

        var results = await Task.WhenAll(
            Task.Run(() => store.ApplySystemAsync(created.Id, 1, c => c.RecordEscalation(Clock), ManagerCard, Ct), Ct),
            Task.Run(() => other.ApplySystemAsync(created.Id, 1, c => c.RecordEscalation(Clock), ManagerCard, Ct), Ct));

        Assert.Single(results, r => r.Outcome == CaseUpdateOutcome.Applied);
        Assert.Single(results, r => r.Outcome == CaseUpdateOutcome.Conflict);
        Assert.Equal(1, await CountAsync(database, "outbox_messages"));
        Assert.Single((await store.FindAsync(created.Id, Ct))!.AuditTrail, e => e.Action == CaseAction.Escalated);
    }

    [Fact]
    public async Task ApplySystemAsync_ManagerAcknowledgedMeanwhile_ReturnsConflictAndWritesNothing()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        await store.ApplyAsync(created.Id, 1, Manager, c => c.Acknowledge(Manager, Clock), NoMessages, Ct);

        var result = await store.ApplySystemAsync(created.Id, 1, c => c.RecordEscalation(Clock), ManagerCard, Ct);

        Assert.Equal((CaseUpdateOutcome.Conflict, CaseStatus.Acknowledged), (result.Outcome, result.Case!.Status));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
    }
}

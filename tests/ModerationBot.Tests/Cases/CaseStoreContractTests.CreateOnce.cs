using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task CreateOnceAsync_SameIdTwice_OneCaseOneMessageAndTheFirstNumberBack()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var id = Guid.NewGuid();

        var first = await store.CreateOnceAsync(id, Draft(), Evidence(), ManagerCard, Ct);
        var second = await store.CreateOnceAsync(id, Draft(manager: "29:someone-else"), Evidence(), ManagerCard, Ct);
        var next = await store.CreateAsync(Draft(), null, NoMessages, Ct);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal((id, first.Case.Number, Manager), (second.Case.Id, second.Case.Number, second.Case.ResponsibleManagerId));
        Assert.Equal(1, await CountAsync(database, "outbox_messages"));
        Assert.Equal(1, await CountAsync(database, "case_evidence"));

        // The refused second call must not have used up a number.
        Assert.Equal(2, next.Number.Sequence);
    }

    [Fact]
    public async Task CreateOnceAsync_SameIdFromTwoInstancesAtOnce_ExactlyOneCreates()
    {
        var database = await MigratedDatabaseAsync();
        var stores = new[] { CaseStore(database), CaseStore(Reopen(database)) };
        var id = Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => stores[i % 2].CreateOnceAsync(id, Draft(), Evidence(), ManagerCard, Ct), Ct)));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Case.Number).Distinct());
        Assert.Equal(1, await CountAsync(database, "cases"));
        Assert.Equal(1, await CountAsync(database, "outbox_messages"));
    }
}

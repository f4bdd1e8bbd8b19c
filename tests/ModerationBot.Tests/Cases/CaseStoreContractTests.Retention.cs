using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task EnforceAsync_EvidenceRetention_DeletesEvidenceOnlyAfterTheDaysHavePassed()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), Evidence(), NoMessages, Ct);
        await store.ApplyAsync(created.Id, 1, Manager, c => c.Close(Manager, "Done.", Clock), NoMessages, Ct);
        var retention = Retention(database, evidenceDays: 30);

        Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await retention.EnforceAsync(Ct)).EvidenceDeleted);
        Assert.NotNull(await store.ReadEvidenceAsync(created.Id, Ct));

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await retention.EnforceAsync(Ct)).EvidenceDeleted);
        Assert.Equal(0, (await retention.EnforceAsync(Ct)).EvidenceDeleted);

        var reloaded = await store.FindAsync(created.Id, Ct);
        Assert.Null(await store.ReadEvidenceAsync(created.Id, Ct));
        Assert.Null(reloaded!.EvidenceReference);
        Assert.Equal(new CaseAuditEntry(CaseAuditEntry.SystemActor, CaseAction.EvidenceDeleted, Clock.GetUtcNow(), null), reloaded.AuditTrail[^1]);
    }

    [Fact]
    public async Task EnforceAsync_MetadataRetention_DeletesWholeCaseOnlyAfterTheYearsHavePassed()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var closed = await store.CreateAsync(Draft(), Evidence(), ManagerCard, Ct);
        await store.ApplyAsync(closed.Id, 1, Manager, c => c.Close(Manager, "Done.", Clock), NoMessages, Ct);
        var open = await store.CreateAsync(Draft(), Evidence(), NoMessages, Ct);
        var retention = Retention(database, evidenceDays: 90, metadataYears: 2);

        Clock.SetUtcNow(Clock.GetUtcNow().AddYears(2).AddMinutes(-1));
        Assert.Equal(0, (await retention.EnforceAsync(Ct)).CasesDeleted);
        Assert.NotNull(await store.FindAsync(closed.Id, Ct));

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await retention.EnforceAsync(Ct)).CasesDeleted);

        Assert.Null(await store.FindAsync(closed.Id, Ct));
        Assert.NotNull(await store.ReadEvidenceAsync(open.Id, Ct));
        Assert.Equal(1, await CountAsync(database, "cases"));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
        Assert.Equal(1, await CountAsync(database, "case_audit"));
    }
}

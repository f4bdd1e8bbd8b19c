using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task CreateAsync_ThenFind_RoundTripsEveryField()
    {
        var store = CaseStore(await MigratedDatabaseAsync());

        var created = await store.CreateAsync(Draft(), Evidence(), ManagerCard, Ct);
        var byId = await store.FindAsync(created.Id, Ct);
        var byNumber = await store.FindAsync(created.Number, Ct);

        Assert.NotNull(byId);
        Assert.Equal(created.Id, byNumber!.Id);
        Assert.Equal("MOD-2026-0001", byId.Number.ToString());
        Assert.Equal((CaseKind.Threat, CaseSeverity.High, CaseStatus.New, 1), (byId.Kind, byId.Severity, byId.Status, byId.Version));
        Assert.Equal(new CaseReporter(Reporter, "aad-" + Reporter, ReporterName), byId.Reporter);
        Assert.Equal([Deputy], byId.DeputyIds);
        Assert.Equal(["threat-violence", "rule-3"], byId.Findings.RuleIds);
        Assert.Equal(("facebook", "https://example.org/post/1", "You will [redacted] regret this"), (byId.Platform, byId.Link, byId.RedactedComment));
        Assert.Equal(Clock.GetUtcNow(), byId.CreatedAt);
        Assert.Equal(CaseAction.Created, Assert.Single(byId.AuditTrail).Action);
        var evidence = await store.ReadEvidenceAsync(created.Id, Ct);
        Assert.Equal(EvidenceText, evidence!.Text);
        Assert.Equal(["https://files.example/shot-1.png"], evidence.Screenshots);
    }

    [Fact]
    public async Task CreateAsync_SeveralInAYear_NumbersFollowEachOtherAndRestartNextYear()
    {
        var store = CaseStore(await MigratedDatabaseAsync());

        var first = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        var second = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 0, 1, TimeSpan.Zero));
        var nextYear = await store.CreateAsync(Draft(), null, NoMessages, Ct);

        Assert.Equal(["MOD-2026-0001", "MOD-2026-0002", "MOD-2027-0001"], new[] { first, second, nextYear }.Select(c => c.Number.ToString()));
    }

    [Fact]
    public async Task CreateAsync_TwentyAtOnceFromTwoInstances_AllGetDistinctNumbers()
    {
        var database = await MigratedDatabaseAsync();
        var stores = new[] { CaseStore(database), CaseStore(Reopen(database)) };

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => stores[i % 2].CreateAsync(Draft(), Evidence(), ManagerCard, Ct), Ct)));

        Assert.Equal(Enumerable.Range(1, 20), created.Select(c => c.Number.Sequence).Order());
        Assert.Equal(20, await CountAsync(database, "cases"));
        Assert.Equal(20, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task CreateAsync_OutboxPayloadInvalid_LeavesNoCaseNoAuditNoOutboxAndNoNumberUsed()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);

        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(Draft(), Evidence(),
            _ => [new Outbox.OutboxMessageDraftBuilder().Broken()], Ct));

        foreach (var table in new[] { "cases", "case_audit", "case_evidence", "case_members", "outbox_messages" })
        {
            Assert.Equal(0, await CountAsync(database, table));
        }

        var next = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        Assert.Equal(1, next.Number.Sequence);
    }

    [Fact]
    public async Task CreateAsync_OutboxFactoryThrows_NothingIsWritten()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(Draft(), Evidence(), _ => throw new InvalidOperationException("card build failed"), Ct));

        Assert.Equal(0, await CountAsync(database, "cases"));
        Assert.Equal(0, await CountAsync(database, "case_evidence"));
    }

    [Fact]
    public async Task ListOpenForUserAsync_ReporterManagerDeputyAndStranger_SeeTheirOpenCasesOnly()
    {
        var store = CaseStore(await MigratedDatabaseAsync());
        var mine = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var other = await store.CreateAsync(Draft(reporter: "29:someone-else", manager: "29:other-manager"), null, NoMessages, Ct);
        var closed = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        await store.ApplyAsync(closed.Id, closed.Version, Manager, c => c.Close(Manager, "Done.", Clock), NoMessages, Ct);

        Assert.Equal([mine.Id], (await store.ListOpenForUserAsync(Reporter, Ct)).Select(c => c.Id));
        Assert.Equal([mine.Id], (await store.ListOpenForUserAsync(Manager, Ct)).Select(c => c.Id));
        Assert.Equal([other.Id, mine.Id], (await store.ListOpenForUserAsync(Deputy, Ct)).Select(c => c.Id));
        Assert.Empty(await store.ListOpenForUserAsync("29:stranger", Ct));
    }
}

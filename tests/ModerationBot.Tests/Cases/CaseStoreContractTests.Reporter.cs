using Dapper;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    private const string AddedInformation = "He wrote again tonight from a new account 5c1e";

    [Fact]
    public async Task AddReporterInformationAsync_ReporterOnOpenReport_AppendsEncryptedEntryAndMessages()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(HarassmentDraft(), null, NoMessages, Ct);
        Clock.Advance(TimeSpan.FromHours(2));

        var result = await store.AddReporterInformationAsync(created.Number, "aad-" + Reporter, AddedInformation, ManagerCard, Ct);
        var reloaded = await store.FindAsync(created.Id, Ct);

        Assert.Equal(CaseUpdateOutcome.Applied, result.Outcome);
        Assert.Equal((CaseStatus.New, 2), (reloaded!.Status, reloaded.Version));
        Assert.Equal(new CaseAuditEntry(Reporter, CaseAction.ReporterInformationAdded, Clock.GetUtcNow(), AddedInformation), reloaded.AuditTrail[^1]);
        Assert.Equal(1, await CountAsync(database, "outbox_messages"));
        await using var connection = await database.OpenAsync(Ct);
        var notes = await connection.QueryAsync<string>("SELECT note FROM case_audit WHERE note IS NOT NULL");
        Assert.DoesNotContain(AddedInformation, string.Join("\n", notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Manager)]
    [InlineData(CaseAdmin)]
    [InlineData("29:stranger")]
    public async Task AddReporterInformationAsync_NotTheReporter_ForbiddenAndNothingWritten(string actor)
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(HarassmentDraft(), null, NoMessages, Ct);

        var result = await store.AddReporterInformationAsync(created.Number, actor, AddedInformation, ManagerCard, Ct);

        Assert.Equal(CaseUpdateOutcome.Forbidden, result.Outcome);
        Assert.Equal(1, await CountAsync(database, "case_audit"));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task AddReporterInformationAsync_ThreatCaseOrClosedReport_ForbiddenAndNothingWritten()
    {
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var threat = await store.CreateAsync(Draft(), null, NoMessages, Ct);
        var report = await store.CreateAsync(HarassmentDraft(), null, NoMessages, Ct);
        await store.ApplyAsync(report.Id, 1, Manager, c => c.Close(Manager, "Talked it through", Clock), NoMessages, Ct);

        var onThreat = await store.AddReporterInformationAsync(threat.Number, Reporter, AddedInformation, ManagerCard, Ct);
        var onClosed = await store.AddReporterInformationAsync(report.Number, Reporter, AddedInformation, ManagerCard, Ct);

        Assert.Equal((CaseUpdateOutcome.Forbidden, CaseUpdateOutcome.Forbidden), (onThreat.Outcome, onClosed.Outcome));
        Assert.Equal(3, await CountAsync(database, "case_audit"));
        Assert.Equal(0, await CountAsync(database, "outbox_messages"));
    }

    [Fact]
    public async Task AddReporterInformationAsync_UnknownNumber_NotFound()
    {
        var store = CaseStore(await MigratedDatabaseAsync());

        var result = await store.AddReporterInformationAsync(new CaseNumber(2026, 999), Reporter, AddedInformation, NoMessages, Ct);

        Assert.Equal(CaseUpdateOutcome.NotFound, result.Outcome);
    }

    private static CaseDraft HarassmentDraft() => Draft() with { Kind = CaseKind.Harassment, Severity = CaseSeverity.Medium, Findings = CaseFindings.None, RedactedComment = "harassment / facebook" };
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Cases;
using ModerationBot.Cases.Retention;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;
using ModerationBot.Tests.Storage;

namespace ModerationBot.Tests.Cases;

public sealed class CaseRetentionServiceTests(SqliteStoreTestDatabase testDatabase) : IClassFixture<SqliteStoreTestDatabase>, IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("case-keys-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_EvidenceStoredButKeyRingReplaced_RefusesToStart()
    {
        var database = await DatabaseWithClosedCaseAsync();
        var service = Create(database, Path.Combine(_keys.FullName, "lost-and-recreated"));

        var error = await Assert.ThrowsAsync<CaseDataUnreadableException>(() => service.StartAsync(Ct));

        Assert.Contains("Refusing to start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_RetentionIntervalsPass_DeletesEvidenceAfterConfiguredDays()
    {
        var database = await DatabaseWithClosedCaseAsync();
        var service = Create(database, _keys.FullName);
        var store = new SqlCaseStore(database, Protector(_keys.FullName), _clock, new CaseAuthorization([]));
        await service.StartAsync(Ct);
        var id = await OnlyCaseIdAsync(database);

        // 1 day retention, hourly runs: by 25 simulated hours the evidence must be gone (ExecuteAsync starts on its own task).
        var evidence = await store.ReadEvidenceAsync(id, Ct);
        for (var hour = 0; hour < 200 && evidence is not null; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(20, Ct);
            evidence = await store.ReadEvidenceAsync(id, Ct);
        }

        await service.StopAsync(Ct);
        Assert.Null(evidence);
        Assert.True(_clock.GetUtcNow() >= (await store.FindAsync(id, Ct))!.ClosedAt!.Value.AddDays(1));
    }

    public void Dispose() => _keys.Delete(recursive: true);

    private async Task<StorageDatabase> DatabaseWithClosedCaseAsync()
    {
        var database = await testDatabase.CreateEmptyAsync(Ct);
        await new SchemaMigrator(database, _clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(Ct);
        var store = new SqlCaseStore(database, Protector(_keys.FullName), _clock, new CaseAuthorization([]));
        var draft = new CaseDraft(CaseKind.Threat, CaseSeverity.High, new CaseReporter("29:r", "aad", "R"), "29:m", [], "x", null, CaseFindings.None, "c");
        var created = await store.CreateAsync(draft, new CaseEvidence("e", null, []), _ => [], Ct);
        await store.ApplyAsync(created.Id, created.Version, "29:m", c => c.Close("29:m", "done", _clock), _ => [], Ct);
        return database;
    }

    private static async Task<Guid> OnlyCaseIdAsync(StorageDatabase database)
    {
        await using var connection = await database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM cases";
        return Guid.ParseExact((string)(await command.ExecuteScalarAsync(Ct))!, "N");
    }

    private CaseRetentionService Create(StorageDatabase database, string keys)
    {
        var options = Options.Create(new CasesOptions { EvidenceRetentionDays = 1, RetentionInterval = TimeSpan.FromHours(1) });
        return new CaseRetentionService(
            new EvidenceKeyRingCheck(database, Protector(keys)), new CaseRetention(database, _clock, options), _clock, options, NullLogger<CaseRetentionService>.Instance);
    }

    private static CaseDataProtector Protector(string keys) =>
        new(DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName("ModerationBot")));
}

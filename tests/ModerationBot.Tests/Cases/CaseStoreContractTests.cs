using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Cases.Retention;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;
using ModerationBot.Tests.Storage;

namespace ModerationBot.Tests.Cases;

/// <summary>The case and outbox store tests, written once and run on SQLite and PostgreSQL by the subclasses.</summary>
public abstract partial class CaseStoreContractTests : IAsyncDisposable
{
    protected const string Reporter = "29:reporter";
    protected const string Manager = "29:manager";
    protected const string Deputy = "29:deputy";
    protected const string CaseAdmin = "29:case-admin";
    protected const string ReporterName = "Astrid Reportersson";
    protected const string EvidenceText = "Original threat text that must stay encrypted 7f3a";

    private readonly IStoreTestDatabase _testDatabase;
    private readonly List<StorageDatabase> _opened = [];
    private readonly string _keysRoot = Path.Combine(Path.GetTempPath(), "moderationbot-case-keys", Guid.NewGuid().ToString("N"));

    protected CaseStoreContractTests(IStoreTestDatabase testDatabase) => _testDatabase = testDatabase;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected string KeysDirectory => Path.Combine(_keysRoot, "keys");

    protected async Task<StorageDatabase> MigratedDatabaseAsync()
    {
        if (_testDatabase.UnavailableReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var database = await _testDatabase.CreateEmptyAsync(Ct);
        _opened.Add(database);
        await new SchemaMigrator(database, Clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(Ct);
        return database;
    }

    protected CaseDataProtector Protector(string? keysDirectory = null) =>
        new(DataProtectionProvider.Create(new DirectoryInfo(keysDirectory ?? KeysDirectory), b => b.SetApplicationName("ModerationBot")));

    protected SqlCaseStore CaseStore(StorageDatabase database, string? keysDirectory = null) => new(database, Protector(keysDirectory), Clock, new CaseAuthorization([CaseAdmin]));

    protected SqlOutboxStore OutboxStore(StorageDatabase database) => new(database, Clock);

    protected CaseRetention Retention(StorageDatabase database, int evidenceDays = 90, int metadataYears = 10) =>
        new(database, Clock, Options.Create(new CasesOptions { EvidenceRetentionDays = evidenceDays, MetadataRetentionYears = metadataYears }));

    protected EvidenceKeyRingCheck KeyRingCheck(StorageDatabase database, string? keysDirectory = null) => new(database, Protector(keysDirectory));

    protected string FreshKeysDirectory() => Path.Combine(_keysRoot, "fresh-" + Guid.NewGuid().ToString("N"));

    protected static CaseDraft Draft(string reporter = Reporter, string manager = Manager) => new(
        CaseKind.Threat,
        CaseSeverity.High,
        new CaseReporter(reporter, "aad-" + reporter, ReporterName),
        manager,
        [Deputy],
        "facebook",
        "https://example.org/post/1",
        new CaseFindings(["threat-violence", "rule-3"], "violence"),
        "You will [redacted] regret this");

    protected static CaseEvidence Evidence() => new(EvidenceText, "https://example.org/post/1#c9", ["https://files.example/shot-1.png"]);

    protected static Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> ManagerCard =>
        c => [new OutboxMessageDraft("conv-" + c.ResponsibleManagerId, "{\"conversation\":\"a:1\"}", $"{{\"case\":\"{c.Number}\",\"status\":\"{c.Status}\"}}", $"{c.Number}/manager")];

    protected static Func<ModerationCase, IReadOnlyList<OutboxMessageDraft>> NoMessages => _ => [];

    protected static async Task<long> CountAsync(StorageDatabase database, string table)
    {
        await using var connection = await database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private StorageDatabase Reopen(StorageDatabase database)
    {
        var reopened = _testDatabase.Reopen(database);
        _opened.Add(reopened);
        return reopened;
    }

    // Each PostgreSQL handle keeps a pool of idle connections; closing them after every test keeps the whole run
    // well under the server's connection limit (the fixture disposes them again at the end, which is harmless).
    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened.OfType<IAsyncDisposable>())
        {
            await database.DisposeAsync();
        }

        if (Directory.Exists(_keysRoot))
        {
            Directory.Delete(_keysRoot, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

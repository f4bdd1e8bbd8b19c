using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Reports;
using ModerationBot.Storage;
using ModerationBot.Tests.Storage;

namespace ModerationBot.Tests.Reports;

/// <summary>Drafts on the real state store: encrypted per employee, gone after the retention days.</summary>
public sealed class ReportDraftStoreTests : IDisposable
{
    private const string Owner = "aad-owner-1";
    private readonly SqliteStoreTestDatabase _databases = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "moderationbot-draft-keys", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_Then_StoredOnlyEncryptedAndListedForTheOwner()
    {
        var (drafts, database) = await CreateAsync();

        var saved = await drafts.SaveAsync(Owner, new ReportFormValues { Description = ReportSamples.Description, Category = "hate" }, Ct);

        Assert.Equal(_clock.GetUtcNow().AddDays(12), saved.ExpiresAt);
        Assert.Equal(ReportSamples.Description, Assert.Single(await drafts.ListAsync(Owner, Ct)).Values.Description);
        await using var connection = await database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM state_entries";
        var raw = string.Join("\n", await ReadAllAsync(command));
        Assert.DoesNotContain("nattugglan", raw, StringComparison.Ordinal);
        Assert.Empty(await drafts.ListAsync("aad-someone-else", Ct));
    }

    [Fact]
    public async Task ListAsync_AfterRetentionDays_DraftIsGone()
    {
        var (drafts, _) = await CreateAsync();
        await drafts.SaveAsync(Owner, new ReportFormValues { Description = "x" }, Ct);

        _clock.Advance(TimeSpan.FromDays(12) - TimeSpan.FromMinutes(1));
        Assert.Single(await drafts.ListAsync(Owner, Ct));
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Empty(await drafts.ListAsync(Owner, Ct));
    }

    [Fact]
    public async Task SaveAsync_SameDraftAgain_ReplacesItAndRestartsItsRetention()
    {
        var (drafts, _) = await CreateAsync();
        var first = await drafts.SaveAsync(Owner, new ReportFormValues { Description = "first" }, Ct);
        _clock.Advance(TimeSpan.FromDays(5));

        var second = await drafts.SaveAsync(Owner, first.Values with { Description = "second" }, Ct);

        var only = Assert.Single(await drafts.ListAsync(Owner, Ct));
        Assert.Equal((first.Id, "second", second.ExpiresAt), (only.Id, only.Values.Description, _clock.GetUtcNow().AddDays(12)));
    }

    public void Dispose()
    {
        _databases.Dispose();
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }

    private async Task<(ReportDraftStore Drafts, StorageDatabase Database)> CreateAsync()
    {
        var database = await _databases.CreateEmptyAsync(Ct);
        await new SchemaMigrator(database, _clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(Ct);
        var protection = DataProtectionProvider.Create(new DirectoryInfo(_keys), b => b.SetApplicationName("ModerationBot"));
        var drafts = new ReportDraftStore(new SqlStateStore(database, _clock), protection, _clock, Options.Create(new ReportOptions { DraftRetentionDays = 12 }));
        return (drafts, database);
    }

    private static async Task<List<string>> ReadAllAsync(System.Data.Common.DbCommand command)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cases;
using ModerationBot.Core.Cases;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Cases;

/// <summary>The real host with evidence on disk: it starts with its key ring and refuses to start without it.</summary>
public sealed class EvidenceKeyRingStartupTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "moderationbot-keyring-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Start_EvidenceStoredAndKeysFolderLost_HostRefusesToStart()
    {
        Guid id;
        await using (var first = new DataDirectoryFactory(_dataDirectory))
        {
            await first.InitializeAsync();
            id = await CreateCaseWithEvidenceAsync(first);
        }

        await using (var restarted = new DataDirectoryFactory(_dataDirectory))
        {
            await restarted.InitializeAsync();
            var evidence = await restarted.Services.GetRequiredService<ICaseStore>().ReadEvidenceAsync(id, TestContext.Current.CancellationToken);
            Assert.Equal("threat text", evidence!.Text);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.Combine(_dataDirectory, "keys"), recursive: true);
        await using var withoutKeys = new DataDirectoryFactory(_dataDirectory);
        await withoutKeys.InitializeAsync();

        var error = Assert.ThrowsAny<Exception>(() => withoutKeys.Services);

        var chain = new List<Exception>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        Assert.Contains(chain, e => e is CaseDataUnreadableException);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static async Task<Guid> CreateCaseWithEvidenceAsync(ModerationBotFactory factory)
    {
        var store = factory.Services.GetRequiredService<ICaseStore>();
        var draft = new CaseDraft(CaseKind.Threat, CaseSeverity.High, new CaseReporter("29:r", "aad", "R"), "29:m", [], "facebook", null, CaseFindings.None, "c");
        var created = await store.CreateAsync(draft, new CaseEvidence("threat text", null, []), _ => [], TestContext.Current.CancellationToken);
        return created.Id;
    }

    private sealed class DataDirectoryFactory(string dataDirectory) : ModerationBotFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => [new("Storage:DataDirectory", dataDirectory)];
    }
}

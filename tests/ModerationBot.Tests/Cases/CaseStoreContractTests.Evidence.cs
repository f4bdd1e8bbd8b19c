using System.Text;
using Dapper;
using ModerationBot.Cases;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task CreateAsync_WithEvidence_PlaintextAndReporterNameAreNotInTheDatabase()
    {
        var database = await MigratedDatabaseAsync();
        await CaseStore(database).CreateAsync(Draft(), Evidence(), ManagerCard, Ct);

        await using (var connection = await database.OpenAsync(Ct))
        {
            var stored = string.Join("\n", (await connection.QueryAsync<string>(
                "SELECT protected_payload FROM case_evidence UNION ALL SELECT reporter_name_protected FROM cases")));
            Assert.DoesNotContain(EvidenceText, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterName, stored, StringComparison.Ordinal);
        }

        if (database is SqliteStorageDatabase sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var bytes = Encoding.UTF8.GetString(await ReadAllAsync(sqlite.FilePath)) + Encoding.UTF8.GetString(await ReadAllAsync(sqlite.FilePath + "-wal"));
            Assert.DoesNotContain("7f3a", bytes, StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterName, bytes, StringComparison.Ordinal);
            Assert.Contains("facebook", bytes, StringComparison.Ordinal); // the right file was read
        }
    }

    [Fact]
    public async Task ReadEvidenceAsync_FreshKeyRing_FailsLoudlyNamingTheKeyRing()
    {
        var database = await MigratedDatabaseAsync();
        var created = await CaseStore(database).CreateAsync(Draft(), Evidence(), NoMessages, Ct);
        var withNewKeys = CaseStore(database, FreshKeysDirectory());

        var error = await Assert.ThrowsAsync<CaseDataUnreadableException>(() => withNewKeys.ReadEvidenceAsync(created.Id, Ct));

        Assert.Contains("Storage:DataDirectory/keys", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EvidenceText, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEvidenceAsync_SameKeyRingAfterRestart_Decrypts()
    {
        var database = await MigratedDatabaseAsync();
        var created = await CaseStore(database).CreateAsync(Draft(), Evidence(), NoMessages, Ct);

        var evidence = await CaseStore(Reopen(database)).ReadEvidenceAsync(created.Id, Ct);

        Assert.Equal(EvidenceText, evidence!.Text);
    }

    [Fact]
    public async Task KeyRingCheck_EvidenceStoredAndKeysReplaced_RefusesToStart()
    {
        var database = await MigratedDatabaseAsync();
        await CaseStore(database).CreateAsync(Draft(), Evidence(), NoMessages, Ct);

        await KeyRingCheck(database).VerifyAsync(Ct);
        var error = await Assert.ThrowsAsync<CaseDataUnreadableException>(() => KeyRingCheck(database, FreshKeysDirectory()).VerifyAsync(Ct));

        Assert.StartsWith("Refusing to start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyRingCheck_NoEvidenceStored_StartsWithAnyKeyRing()
    {
        var database = await MigratedDatabaseAsync();
        await CaseStore(database).CreateAsync(Draft(), null, NoMessages, Ct);

        await KeyRingCheck(database, FreshKeysDirectory()).VerifyAsync(Ct);
    }

    private static async Task<byte[]> ReadAllAsync(string path) => File.Exists(path) ? await File.ReadAllBytesAsync(path, Ct) : [];
}

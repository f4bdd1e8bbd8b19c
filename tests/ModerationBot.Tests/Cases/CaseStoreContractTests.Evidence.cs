using System.Text;
using Dapper;
using ModerationBot.Cases;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task CreateAsync_WithEvidenceAndNotes_PlaintextReporterNameAndNotesAreNotInTheDatabase()
    {
        const string note = "Spoke with Bertil Notesson 4c1d";
        const string closing = "Closed after talking to Cecilia 9e0b";
        var database = await MigratedDatabaseAsync();
        var store = CaseStore(database);
        var created = await store.CreateAsync(Draft(), Evidence(), ManagerCard, Ct);
        await store.ApplyAsync(created.Id, 1, Manager, c => c.AddNote(Manager, note, Clock), NoMessages, Ct);
        await store.ApplyAsync(created.Id, 2, Manager, c => c.Close(Manager, closing, Clock), NoMessages, Ct);

        await using (var connection = await database.OpenAsync(Ct))
        {
            var stored = string.Join("\n", await connection.QueryAsync<string>(
                """
                SELECT protected_payload FROM case_evidence UNION ALL SELECT reporter_name_protected FROM cases
                UNION ALL SELECT closing_note FROM cases UNION ALL SELECT note FROM case_audit WHERE note IS NOT NULL
                """));
            Assert.DoesNotContain(EvidenceText, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterName, stored, StringComparison.Ordinal);
            Assert.DoesNotContain("Bertil", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("Cecilia", stored, StringComparison.Ordinal);
        }

        var reloaded = await store.FindAsync(created.Id, Ct);
        Assert.Equal((note, closing), (reloaded!.AuditTrail[1].Note, reloaded.ClosingNote));

        if (database is SqliteStorageDatabase sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var bytes = Encoding.UTF8.GetString(await ReadAllAsync(sqlite.FilePath)) + Encoding.UTF8.GetString(await ReadAllAsync(sqlite.FilePath + "-wal"));
            Assert.DoesNotContain("7f3a", bytes, StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterName, bytes, StringComparison.Ordinal);
            Assert.DoesNotContain("Bertil", bytes, StringComparison.Ordinal);
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

using Dapper;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryScriptToLatestVersion()
    {
        var database = await EmptyDatabaseAsync();
        var migrator = Migrator(database);

        var applied = await migrator.MigrateAsync(Ct);

        Assert.Equal(SchemaMigrator.Scripts(database.Provider).Count, applied);
        Assert.Equal(migrator.LatestVersion, await migrator.CurrentVersionAsync(Ct));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothing()
    {
        var database = await MigratedDatabaseAsync();

        Assert.Equal(0, await Migrator(database).MigrateAsync(Ct));
    }

    [Fact]
    public async Task MigrateAsync_InstancesStartingAtOnce_EachVersionRecordedOnce()
    {
        var database = await EmptyDatabaseAsync();
        var instances = Enumerable.Range(0, 4).Select(_ => Migrator(Reopen(database))).ToList();

        var applied = await Task.WhenAll(instances.Select(m => Task.Run(() => m.MigrateAsync(Ct), Ct)));

        Assert.Equal(SchemaMigrator.Scripts(database.Provider).Count, applied.Sum());
        await using var connection = await database.OpenAsync(Ct);
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version")).ToList();
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.Equal(instances[0].LatestVersion, versions.Max());
    }

    [Fact]
    public async Task PurgeAsync_ExpiredStateAndOldActivities_DeletesOnlyThose()
    {
        var database = await MigratedDatabaseAsync();
        var store = new SqlStateStore(database, Clock);
        var log = new SqlProcessedActivityLog(database, Clock);
        await store.WriteAsync(StateScopes.Dialog, "short", new Draft("a", 0, []), null, Clock.GetUtcNow().AddMinutes(5), Ct);
        await store.WriteAsync(StateScopes.Dialog, "long", new Draft("b", 0, []), null, Clock.GetUtcNow().AddDays(5), Ct);
        await store.WriteAsync(StateScopes.User, "forever", new Draft("c", 0, []), null, Ct);
        await log.TryMarkProcessedAsync("conv", "old", Ct);
        Clock.Advance(TimeSpan.FromMinutes(61));
        await log.TryMarkProcessedAsync("conv", "recent", Ct);

        var deleted = await Purger(database).PurgeAsync(Ct);

        Assert.Equal(2, deleted);
        Assert.NotNull(await store.ReadAsync<Draft>(StateScopes.Dialog, "long", Ct));
        Assert.NotNull(await store.ReadAsync<Draft>(StateScopes.User, "forever", Ct));
        Assert.True(await log.TryMarkProcessedAsync("conv", "old", Ct));
        Assert.False(await log.TryMarkProcessedAsync("conv", "recent", Ct));
    }
}

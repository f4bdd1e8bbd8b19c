using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

public sealed class StorageHostedServiceTests(SqliteStoreTestDatabase testDatabase) : IClassFixture<SqliteStoreTestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_EmptyDatabase_MigratesBeforeReturning()
    {
        var database = await testDatabase.CreateEmptyAsync(Ct);
        var (service, migrator, _) = Create(database, new FakeTimeProvider());

        await service.StartAsync(Ct);
        await service.StopAsync(Ct);

        Assert.Equal(migrator.LatestVersion, await migrator.CurrentVersionAsync(Ct));
    }

    [Fact]
    public async Task ExecuteAsync_PurgeIntervalElapsed_DeletesExpiredState()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var database = await testDatabase.CreateEmptyAsync(Ct);
        var (service, _, store) = Create(database, clock);
        await service.StartAsync(Ct);
        await store.WriteAsync(StateScopes.Dialog, "d", "step", null, clock.GetUtcNow().AddMinutes(1), Ct);

        // ExecuteAsync runs on its own task, so the timer may start after any given Advance: keep ticking.
        var remaining = -1L;
        for (var i = 0; i < 100 && remaining != 0; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await Task.Delay(20, Ct);
            await using var connection = await database.OpenAsync(Ct);
            remaining = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM state_entries");
        }

        await service.StopAsync(Ct);
        Assert.Equal(0, remaining);
    }

    private static (StorageHostedService Service, SchemaMigrator Migrator, SqlStateStore Store) Create(StorageDatabase database, FakeTimeProvider clock)
    {
        var options = Options.Create(new StorageOptions { PurgeInterval = TimeSpan.FromMinutes(10) });
        var migrator = new SchemaMigrator(database, clock, NullLogger<SchemaMigrator>.Instance);
        var service = new StorageHostedService(migrator, new StoragePurger(database, clock, options), clock, options, NullLogger<StorageHostedService>.Instance);
        return (service, migrator, new SqlStateStore(database, clock));
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

/// <summary>
/// The store tests, written once and run against every provider by the subclasses. Each test gets its own,
/// freshly migrated database.
/// </summary>
public abstract partial class StoreContractTests
{
    private readonly IStoreTestDatabase _testDatabase;

    protected StoreContractTests(IStoreTestDatabase testDatabase) => _testDatabase = testDatabase;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<StorageDatabase> EmptyDatabaseAsync()
    {
        if (_testDatabase.UnavailableReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return await _testDatabase.CreateEmptyAsync(Ct);
    }

    protected async Task<StorageDatabase> MigratedDatabaseAsync()
    {
        var database = await EmptyDatabaseAsync();
        await Migrator(database).MigrateAsync(Ct);
        return database;
    }

    protected StorageDatabase Reopen(StorageDatabase database) => _testDatabase.Reopen(database);

    protected SchemaMigrator Migrator(StorageDatabase database) => new(database, Clock, NullLogger<SchemaMigrator>.Instance);

    protected async Task<SqlStateStore> StateStoreAsync() => new(await MigratedDatabaseAsync(), Clock);

    protected StoragePurger Purger(StorageDatabase database) =>
        new(database, Clock, Options.Create(new StorageOptions { ProcessedActivityRetention = TimeSpan.FromHours(1) }));

    protected sealed record Draft(string Step, int Answers, List<string> Notes);
}

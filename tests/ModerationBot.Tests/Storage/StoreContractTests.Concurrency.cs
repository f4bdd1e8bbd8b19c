using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

public abstract partial class StoreContractTests
{
    private const int Writers = 8;

    [Fact]
    public async Task WriteAsync_WritersWithSameETag_ExactlyOneWins()
    {
        var store = await StateStoreAsync();
        var initial = await store.WriteAsync(StateScopes.Dialog, "race", new Draft("start", 0, []), IStateStore.MustNotExist, Ct);

        var results = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i =>
            Task.Run(() => store.WriteAsync(StateScopes.Dialog, "race", new Draft($"writer-{i}", i, []), initial.ETag, Ct), Ct)));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.Equal(Writers - 1, results.Count(r => r.IsConflict));
        var stored = await store.ReadAsync<Draft>(StateScopes.Dialog, "race", Ct);
        Assert.Equal(winner.ETag, stored!.ETag);
    }

    [Fact]
    public async Task WriteAsync_CreatorsAtOnce_ExactlyOneCreates()
    {
        var store = await StateStoreAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i =>
            Task.Run(() => store.WriteAsync(StateScopes.User, "new", new Draft($"creator-{i}", i, []), IStateStore.MustNotExist, Ct), Ct)));

        Assert.Single(results, r => r.Succeeded);
    }

    [Fact]
    public async Task TryMarkProcessedAsync_SameActivityAtOnce_ExactlyOneFirst()
    {
        var log = new SqlProcessedActivityLog(await MigratedDatabaseAsync(), Clock);

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ =>
            Task.Run(() => log.TryMarkProcessedAsync("a:conversation", "activity-1", Ct), Ct)));

        Assert.Single(results, first => first);
    }
}

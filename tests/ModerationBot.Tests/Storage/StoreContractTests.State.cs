using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ReadAsync_NothingWritten_ReturnsNull()
    {
        var store = await StateStoreAsync();

        Assert.Null(await store.ReadAsync<Draft>(StateScopes.User, "nobody", Ct));
    }

    [Fact]
    public async Task WriteAsync_NewEntry_ReadReturnsValueAndSameETag()
    {
        var store = await StateStoreAsync();
        var draft = new Draft("relevant", 2, ["sakligt", "åäö ✓"]);

        var written = await store.WriteAsync(StateScopes.Conversation, "c1", draft, IStateStore.MustNotExist, Ct);
        var read = await store.ReadAsync<Draft>(StateScopes.Conversation, "c1", Ct);

        Assert.True(written.Succeeded);
        Assert.NotNull(read);
        Assert.Equal(draft.Step, read.Value.Step);
        Assert.Equal(draft.Notes, read.Value.Notes);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(Clock.GetUtcNow(), read.UpdatedAt);
    }

    [Fact]
    public async Task WriteAsync_ScopesWithSameKey_KeepSeparateValues()
    {
        var store = await StateStoreAsync();

        await store.WriteAsync(StateScopes.User, "k", new Draft("user", 0, []), null, Ct);
        await store.WriteAsync(StateScopes.Dialog, "k", new Draft("dialog", 0, []), null, Ct);

        Assert.Equal("user", (await store.ReadAsync<Draft>(StateScopes.User, "k", Ct))!.Value.Step);
        Assert.Equal("dialog", (await store.ReadAsync<Draft>(StateScopes.Dialog, "k", Ct))!.Value.Step);
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_ReplacesValueWithNewETag()
    {
        var store = await StateStoreAsync();
        var first = await store.WriteAsync(StateScopes.Dialog, "d", new Draft("one", 1, []), IStateStore.MustNotExist, Ct);

        var second = await store.WriteAsync(StateScopes.Dialog, "d", new Draft("two", 2, []), first.ETag, Ct);

        Assert.True(second.Succeeded);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("two", (await store.ReadAsync<Draft>(StateScopes.Dialog, "d", Ct))!.Value.Step);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ReturnsConflictAndKeepsNewerValue()
    {
        var store = await StateStoreAsync();
        var first = await store.WriteAsync(StateScopes.Dialog, "d", new Draft("one", 1, []), IStateStore.MustNotExist, Ct);
        await store.WriteAsync(StateScopes.Dialog, "d", new Draft("two", 2, []), first.ETag, Ct);

        var stale = await store.WriteAsync(StateScopes.Dialog, "d", new Draft("stale", 9, []), first.ETag, Ct);

        Assert.True(stale.IsConflict);
        Assert.Equal("two", (await store.ReadAsync<Draft>(StateScopes.Dialog, "d", Ct))!.Value.Step);
    }

    [Fact]
    public async Task WriteAsync_MustNotExistButExists_ReturnsConflict()
    {
        var store = await StateStoreAsync();
        await store.WriteAsync(StateScopes.User, "u", new Draft("first", 0, []), IStateStore.MustNotExist, Ct);

        var again = await store.WriteAsync(StateScopes.User, "u", new Draft("second", 0, []), IStateStore.MustNotExist, Ct);

        Assert.True(again.IsConflict);
        Assert.Equal("first", (await store.ReadAsync<Draft>(StateScopes.User, "u", Ct))!.Value.Step);
    }

    [Fact]
    public async Task WriteAsync_ETagForMissingEntry_ReturnsConflict()
    {
        var store = await StateStoreAsync();

        var result = await store.WriteAsync(StateScopes.User, "ghost", new Draft("x", 0, []), "no-such-etag", Ct);

        Assert.True(result.IsConflict);
        Assert.Null(await store.ReadAsync<Draft>(StateScopes.User, "ghost", Ct));
    }

    [Fact]
    public async Task ReadAsync_AfterExpiry_ReturnsNullAndKeyCanBeCreatedAgain()
    {
        var store = await StateStoreAsync();
        await store.WriteAsync(StateScopes.Dialog, "d", new Draft("old", 1, []), IStateStore.MustNotExist, Clock.GetUtcNow().AddMinutes(30), Ct);
        Assert.NotNull(await store.ReadAsync<Draft>(StateScopes.Dialog, "d", Ct));

        Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(await store.ReadAsync<Draft>(StateScopes.Dialog, "d", Ct));
        var recreated = await store.WriteAsync(StateScopes.Dialog, "d", new Draft("new", 0, []), IStateStore.MustNotExist, Ct);
        Assert.True(recreated.Succeeded);
        var read = await store.ReadAsync<Draft>(StateScopes.Dialog, "d", Ct);
        Assert.Equal("new", read!.Value.Step);
        Assert.Null(read.ExpiresAt);
    }

    [Fact]
    public async Task DeleteAsync_MatchingETag_RemovesEntry()
    {
        var store = await StateStoreAsync();
        var written = await store.WriteAsync(StateScopes.Conversation, "c", new Draft("x", 0, []), null, Ct);

        Assert.True(await store.DeleteAsync(StateScopes.Conversation, "c", written.ETag, Ct));
        Assert.Null(await store.ReadAsync<Draft>(StateScopes.Conversation, "c", Ct));
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_KeepsEntry()
    {
        var store = await StateStoreAsync();
        var first = await store.WriteAsync(StateScopes.Conversation, "c", new Draft("one", 0, []), null, Ct);
        await store.WriteAsync(StateScopes.Conversation, "c", new Draft("two", 0, []), first.ETag, Ct);

        Assert.False(await store.DeleteAsync(StateScopes.Conversation, "c", first.ETag, Ct));
        Assert.Equal("two", (await store.ReadAsync<Draft>(StateScopes.Conversation, "c", Ct))!.Value.Step);
    }

    [Fact]
    public async Task ReadAsync_AfterReopeningDatabase_ReturnsWhatWasWritten()
    {
        var database = await MigratedDatabaseAsync();
        await new SqlStateStore(database, Clock).WriteAsync(StateScopes.Dialog, "d", new Draft("step-4", 4, []), null, Ct);

        var reopened = Reopen(database);
        await Migrator(reopened).MigrateAsync(Ct);
        var read = await new SqlStateStore(reopened, Clock).ReadAsync<Draft>(StateScopes.Dialog, "d", Ct);

        Assert.Equal("step-4", read!.Value.Step);
    }
}

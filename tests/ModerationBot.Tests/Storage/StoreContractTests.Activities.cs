using ModerationBot.Storage;

namespace ModerationBot.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TryMarkProcessedAsync_SameActivityTwice_SecondReturnsFalse()
    {
        var log = new SqlProcessedActivityLog(await MigratedDatabaseAsync(), Clock);

        Assert.True(await log.TryMarkProcessedAsync("19:abc@thread.tacv2", "1700000000001", Ct));
        Assert.False(await log.TryMarkProcessedAsync("19:abc@thread.tacv2", "1700000000001", Ct));
    }

    [Fact]
    public async Task TryMarkProcessedAsync_SameIdInOtherConversation_ReturnsTrue()
    {
        var log = new SqlProcessedActivityLog(await MigratedDatabaseAsync(), Clock);
        await log.TryMarkProcessedAsync("a:one", "42", Ct);

        Assert.True(await log.TryMarkProcessedAsync("a:two", "42", Ct));
    }

    [Fact]
    public async Task FindAsync_ByAadObjectIdOrUserId_ReturnsSavedReference()
    {
        var store = new SqlConversationReferenceStore(await MigratedDatabaseAsync());
        var reference = Reference("a:personal", "personal");

        await store.SaveAsync(reference, Ct);

        Assert.Equal(reference, await store.FindAsync("aad-1", Ct));
        Assert.Equal(reference, await store.FindAsync("29:user-1", Ct));
        Assert.Null(await store.FindAsync("29:someone-else", Ct));
    }

    [Fact]
    public async Task SaveAsync_ChannelAfterPersonal_KeepsPersonalConversationAndUpdatesLocale()
    {
        var store = new SqlConversationReferenceStore(await MigratedDatabaseAsync());
        await store.SaveAsync(Reference("a:personal", "personal"), Ct);

        await store.SaveAsync(Reference("19:team@thread.tacv2", "channel") with { Locale = "en-US", ServiceUrl = "https://smba.example/emea/" }, Ct);

        var found = await store.FindAsync("aad-1", Ct);
        Assert.Equal("a:personal", found!.ConversationId);
        Assert.Equal("personal", found.ConversationType);
        Assert.Equal("en-US", found.Locale);
        Assert.Equal("https://smba.example/emea/", found.ServiceUrl);
    }

    [Fact]
    public async Task SaveAsync_PersonalAfterChannel_ReplacesConversation()
    {
        var store = new SqlConversationReferenceStore(await MigratedDatabaseAsync());
        await store.SaveAsync(Reference("19:team@thread.tacv2", "channel"), Ct);

        await store.SaveAsync(Reference("a:personal", "personal"), Ct);

        Assert.Equal("a:personal", (await store.FindAsync("29:user-1", Ct))!.ConversationId);
    }

    private StoredConversationReference Reference(string conversationId, string conversationType) => new(
        "29:user-1", "aad-1", "tenant-1", "https://smba.example/teams/", "msteams", "28:bot", conversationId, conversationType, "sv-SE",
        Clock.GetUtcNow());
}

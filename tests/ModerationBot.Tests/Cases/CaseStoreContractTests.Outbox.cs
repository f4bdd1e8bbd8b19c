using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Tests.Cases.Outbox;

namespace ModerationBot.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    private static readonly TimeSpan s_lease = TimeSpan.FromSeconds(30);
    private readonly OutboxMessageDraftBuilder _drafts = new();

    [Fact]
    public async Task ClaimNextDueAsync_SameConversation_WaitsForTheEarlierMessage()
    {
        var outbox = OutboxStore(await MigratedDatabaseAsync());
        await outbox.EnqueueAsync([_drafts.For("conv-a", 1), _drafts.For("conv-a", 2), _drafts.For("conv-b", 1)], Ct);

        var first = await outbox.ClaimNextDueAsync(s_lease, Ct);
        var second = await outbox.ClaimNextDueAsync(s_lease, Ct);
        var third = await outbox.ClaimNextDueAsync(s_lease, Ct);

        Assert.Equal(("conv-a", "{\"n\":1}", 1), (first!.ConversationKey, first.Payload, first.Attempts));
        Assert.Equal(("conv-b", "{\"n\":1}"), (second!.ConversationKey, second.Payload));
        Assert.Null(third);

        await outbox.MarkSentAsync(first.Sequence, "activity-1", Ct);
        var next = await outbox.ClaimNextDueAsync(s_lease, Ct);
        Assert.Equal(("conv-a", "{\"n\":2}"), (next!.ConversationKey, next.Payload));
    }

    [Fact]
    public async Task EnqueueAsync_AnotherWriteToTheConversationUncommitted_WaitsSoMessagesCommitInTheirOrder()
    {
        var database = await MigratedDatabaseAsync();
        var outbox = OutboxStore(database);
        await using var first = await database.OpenAsync(Ct);
        await using var firstWrite = await CaseWriteTransaction.BeginAsync(database, first, Ct);
        await OutboxWriter.InsertAsync(first, firstWrite, null, [_drafts.For("conv-a", 1)], Clock.GetUtcNow(), Ct);

        // A second case change for the same chat, while the first is still writing: if it committed first, the
        // dispatcher would send its message before the first one's.
        var second = Task.Run(() => outbox.EnqueueAsync([_drafts.For("conv-a", 2)], Ct), Ct);
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500), Ct));
        Assert.False(second.IsCompleted, "The second write committed while the first was still open.");

        await firstWrite.CommitAsync(Ct);
        await second;
        var claimed = await outbox.ClaimNextDueAsync(s_lease, Ct);
        Assert.Equal(_drafts.For("conv-a", 1).Payload, claimed!.Payload);
    }

    [Fact]
    public async Task ClaimNextDueAsync_TwoDispatchersAtOnce_NeverClaimTheSameMessage()
    {
        var database = await MigratedDatabaseAsync();
        var outbox = OutboxStore(database);
        await outbox.EnqueueAsync([.. Enumerable.Range(1, 10).Select(i => _drafts.For($"conv-{i}", 1))], Ct);
        var stores = new[] { outbox, OutboxStore(Reopen(database)) };

        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => stores[i % 2].ClaimNextDueAsync(s_lease, Ct), Ct)));

        var claimed = claims.OfType<OutboxMessage>().Select(m => m.Sequence).ToList();
        Assert.Equal(10, claimed.Count);
        Assert.Equal(10, claimed.Distinct().Count());
    }

    [Fact]
    public async Task MarkSentAsync_DeliveryOutlastedItsLease_TheFirstRecordedCopyKeepsItsId()
    {
        var outbox = OutboxStore(await MigratedDatabaseAsync());
        await outbox.EnqueueAsync([_drafts.For("conv-a", 1)], Ct);
        var slow = await outbox.ClaimNextDueAsync(s_lease, Ct);
        Clock.Advance(s_lease + TimeSpan.FromSeconds(1));
        var again = await outbox.ClaimNextDueAsync(s_lease, Ct);
        Assert.Equal(slow!.Sequence, again!.Sequence);

        // The second worker records its copy first; the slow one finishing later must not repoint updates at its copy.
        await outbox.MarkSentAsync(again.Sequence, "activity-second", Ct);
        await outbox.MarkSentAsync(slow.Sequence, "activity-first", Ct);

        Assert.Equal("activity-second", await outbox.FindSentActivityIdAsync("conv-a/1", Ct));
    }

    [Fact]
    public async Task MarkSentAsync_RecordsActivityId_FoundByCorrelationKey()
    {
        var outbox = OutboxStore(await MigratedDatabaseAsync());
        await outbox.EnqueueAsync([_drafts.For("conv-a", 1)], Ct);
        var claimed = await outbox.ClaimNextDueAsync(s_lease, Ct);

        await outbox.MarkSentAsync(claimed!.Sequence, "1:activity-42", Ct);

        Assert.Equal("1:activity-42", await outbox.FindSentActivityIdAsync("conv-a/1", Ct));
        Assert.Null(await outbox.FindSentActivityIdAsync("conv-a/2", Ct));
        Assert.Null(await outbox.ClaimNextDueAsync(s_lease, Ct));
    }

    [Fact]
    public async Task MarkFailedAsync_NoRetryAfter_BacksOffExponentially()
    {
        var outbox = OutboxStore(await MigratedDatabaseAsync());
        await outbox.EnqueueAsync([_drafts.For("conv-a", 1)], Ct);

        var claimed = await outbox.ClaimNextDueAsync(s_lease, Ct);
        var firstRetry = await outbox.MarkFailedAsync(claimed!.Sequence, null, "http_503", Ct);
        Assert.Equal(Clock.GetUtcNow() + OutboxBackoff.First, firstRetry);
        Assert.Null(await outbox.ClaimNextDueAsync(s_lease, Ct));

        Clock.Advance(OutboxBackoff.First);
        var again = await outbox.ClaimNextDueAsync(s_lease, Ct);
        var secondRetry = await outbox.MarkFailedAsync(again!.Sequence, null, "http_503", Ct);

        Assert.Equal(2, again.Attempts);
        Assert.Equal(Clock.GetUtcNow() + (OutboxBackoff.First * 2), secondRetry);
    }

    [Fact]
    public async Task MarkFailedAsync_RetryAfterGiven_WaitsExactlyThatLong()
    {
        var outbox = OutboxStore(await MigratedDatabaseAsync());
        await outbox.EnqueueAsync([_drafts.For("conv-a", 1)], Ct);
        var claimed = await outbox.ClaimNextDueAsync(s_lease, Ct);

        await outbox.MarkFailedAsync(claimed!.Sequence, TimeSpan.FromSeconds(17), "http_429", Ct);

        Clock.Advance(TimeSpan.FromSeconds(16));
        Assert.Null(await outbox.ClaimNextDueAsync(s_lease, Ct));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(await outbox.ClaimNextDueAsync(s_lease, Ct));
    }

    [Fact]
    public async Task ClaimNextDueAsync_LeaseExpired_MessageIsClaimedAgain()
    {
        var outbox = OutboxStore(await MigratedDatabaseAsync());
        await outbox.EnqueueAsync([_drafts.For("conv-a", 1)], Ct);
        await outbox.ClaimNextDueAsync(s_lease, Ct);

        Assert.Null(await outbox.ClaimNextDueAsync(s_lease, Ct));
        Clock.Advance(s_lease);
        var reclaimed = await outbox.ClaimNextDueAsync(s_lease, Ct);

        Assert.Equal(2, reclaimed!.Attempts);
    }
}

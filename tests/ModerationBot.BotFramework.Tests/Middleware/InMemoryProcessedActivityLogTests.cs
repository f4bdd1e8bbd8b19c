using Microsoft.Extensions.Time.Testing;
using ModerationBot.BotFramework.Middleware;

namespace ModerationBot.BotFramework.Tests.Middleware;

public sealed class InMemoryProcessedActivityLogTests
{
    private readonly FakeTimeProvider _time = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryMarkProcessedAsync_SecondTimeWithinWindow_ReturnsFalse()
    {
        var sut = new InMemoryProcessedActivityLog(_time, 10, TimeSpan.FromMinutes(5));

        Assert.True(await sut.TryMarkProcessedAsync("c", "a", Ct));
        _time.Advance(TimeSpan.FromMinutes(4));

        Assert.False(await sut.TryMarkProcessedAsync("c", "a", Ct));
    }

    [Fact]
    public async Task TryMarkProcessedAsync_AfterWindow_ForgetsActivity()
    {
        var sut = new InMemoryProcessedActivityLog(_time, 10, TimeSpan.FromMinutes(5));
        await sut.TryMarkProcessedAsync("c", "a", Ct);

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(await sut.TryMarkProcessedAsync("c", "a", Ct));
    }

    [Fact]
    public async Task TryMarkProcessedAsync_OverCapacity_ForgetsOldestAndStaysBounded()
    {
        var sut = new InMemoryProcessedActivityLog(_time, 3, TimeSpan.FromHours(1));
        foreach (var id in new[] { "1", "2", "3", "4" })
        {
            await sut.TryMarkProcessedAsync("c", id, Ct);
        }

        Assert.Equal(3, sut.Count);
        Assert.True(await sut.TryMarkProcessedAsync("c", "1", Ct));
        Assert.False(await sut.TryMarkProcessedAsync("c", "4", Ct));
    }

    [Fact]
    public async Task TryMarkProcessedAsync_ConversationAndIdThatConcatenateAlike_AreDistinct()
    {
        var sut = new InMemoryProcessedActivityLog(_time);

        Assert.True(await sut.TryMarkProcessedAsync("ab", "c", Ct));
        Assert.True(await sut.TryMarkProcessedAsync("a", "bc", Ct));
    }

    [Fact]
    public async Task TryMarkProcessedAsync_ManyConcurrentDeliveriesOfOneActivity_ExactlyOneWins()
    {
        var sut = new InMemoryProcessedActivityLog(_time);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => sut.TryMarkProcessedAsync("c", "a", Ct), Ct)));

        Assert.Equal(1, results.Count(r => r));
    }
}

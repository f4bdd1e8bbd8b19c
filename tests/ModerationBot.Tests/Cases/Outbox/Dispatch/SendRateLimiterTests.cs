using Microsoft.Extensions.Time.Testing;
using ModerationBot.Cases.Outbox.Dispatch;

namespace ModerationBot.Tests.Cases.Outbox.Dispatch;

/// <summary>Teams' per-conversation and per-tenant send limits, on a clock the test moves.</summary>
public sealed class SendRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_EighthSendInOneSecond_WaitsUntilTheFirstLeavesTheWindow()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 1_000);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(930), limiter.TryAcquire("conversation", "tenant"));
    }

    [Fact]
    public void TryAcquire_CreateAndSendWithOneSlotLeft_WaitsAndTakesNothing()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 1_000);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        // Creating the 1:1 chat and sending into it are two requests, and only one more fits in this second.
        Assert.Equal(TimeSpan.FromMilliseconds(940), limiter.TryAcquire("conversation", "tenant", requests: 2));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
    }

    [Fact]
    public void TryAcquire_TenantBudgetCountsEveryRequest()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 30);
        for (var person = 0; person < 15; person++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("user:" + person, "tenant", requests: 2));
        }

        Assert.True(limiter.TryAcquire("user:15", "tenant") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("user:15", "another-tenant"));
    }

    [Fact]
    public void TryAcquire_CallsStillUnderWay_CountUntilTheyReturnAndFromThenOn()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 1_000);
        var permits = new List<SendPermit>();
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant", 1, out var permit));
            permits.Add(permit!);
        }

        // Held up (a token fetch, a slow connection): they may reach Teams any time until they return.
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));

        permits.ForEach(p => p.Complete());
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire("conversation", "tenant"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
    }

    [Fact]
    public void TryAcquire_NinthSendInTwoSeconds_Waits()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 1_000);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
            _clock.Advance(TimeSpan.FromMilliseconds(200));
        }

        // 1.6 s after the first: the one-second window holds five, the two-second window all eight.
        Assert.Equal(TimeSpan.FromMilliseconds(400), limiter.TryAcquire("conversation", "tenant"));
    }

    [Fact]
    public void TryAcquire_SixtyFirstSendInThirtySeconds_Waits()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 1_000);
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
            _clock.Advance(TimeSpan.FromMilliseconds(400));
        }

        Assert.Equal(TimeSpan.FromSeconds(6), limiter.TryAcquire("conversation", "tenant"));
    }

    [Fact]
    public void TryAcquire_OtherConversations_AreNotHeldUpByABusyOne()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 1_000);
        for (var i = 0; i < 7; i++)
        {
            limiter.TryAcquire("busy", "tenant");
        }

        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire("busy", "tenant"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("quiet", "tenant"));
    }

    [Fact]
    public void TryAcquire_TenantLimitReached_HoldsEveryConversationOfThatTenantOnly()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation-" + i, "tenant-a"));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire("conversation-9", "tenant-a"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation-9", "tenant-b"));
    }

    [Fact]
    public void TryAcquire_RefusedSend_TakesNoSlot()
    {
        var limiter = new SendRateLimiter(_clock, tenantPerSecond: 1_000);
        for (var i = 0; i < 7; i++)
        {
            limiter.TryAcquire("conversation", "tenant");
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("conversation", "tenant"));
    }
}

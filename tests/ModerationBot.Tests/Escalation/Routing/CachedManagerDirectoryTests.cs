using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Escalation.Routing;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>Manager answers are kept for the configured time; failures only briefly, since they may clear up.</summary>
public sealed class CachedManagerDirectoryTests : IDisposable
{
    private const string Reporter = "6f0c1a52-3b7e-4d8e-9a51-0c2b8d3e4f61";

    private readonly FakeTimeProvider _time = new();
    private readonly MemoryCache _cache;

    public CachedManagerDirectoryTests() => _cache = new MemoryCache(new MemoryCacheOptions { Clock = new Clock(_time) });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindManagerAsync_FoundWithinDuration_AsksOnce()
    {
        var inner = StubManagerDirectory.Knowing("m", "Chefen");
        var cached = new CachedManagerDirectory(inner, _cache, TimeSpan.FromMinutes(10));

        await cached.FindManagerAsync(Reporter, "t", Ct);
        _time.Advance(TimeSpan.FromMinutes(9));
        await cached.FindManagerAsync(Reporter.ToUpperInvariant(), "t", Ct);

        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task FindManagerAsync_AfterDuration_AsksAgain()
    {
        var inner = StubManagerDirectory.Knowing("m", "Chefen");
        var cached = new CachedManagerDirectory(inner, _cache, TimeSpan.FromMinutes(10));

        await cached.FindManagerAsync(Reporter, "t", Ct);
        _time.Advance(TimeSpan.FromMinutes(11));
        await cached.FindManagerAsync(Reporter, "t", Ct);

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task FindManagerAsync_FailureAfterAMinute_AsksAgain()
    {
        var inner = StubManagerDirectory.Failing(ManagerLookupStatus.TimedOut);
        var cached = new CachedManagerDirectory(inner, _cache, TimeSpan.FromMinutes(10));

        await cached.FindManagerAsync(Reporter, "t", Ct);
        await cached.FindManagerAsync(Reporter, "t", Ct);
        _time.Advance(TimeSpan.FromMinutes(2));
        await cached.FindManagerAsync(Reporter, "t", Ct);

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task FindManagerAsync_OtherTenant_AsksSeparately()
    {
        var inner = StubManagerDirectory.Knowing("m", "Chefen");
        var cached = new CachedManagerDirectory(inner, _cache, TimeSpan.FromMinutes(10));

        await cached.FindManagerAsync(Reporter, "t1", Ct);
        await cached.FindManagerAsync(Reporter, "t2", Ct);

        Assert.Equal(2, inner.Calls);
    }

    public void Dispose() => _cache.Dispose();

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}

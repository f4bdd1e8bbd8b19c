using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.BotFramework.Connector;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Connector;

public sealed class RetryAfterTests
{
    [Fact]
    public void RetryAfter_DeltaSeconds_ReturnsDelta()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorResilience.RetryAfter(response, TimeProvider.System));
    }

    [Fact]
    public void RetryAfter_HttpDate_ReturnsTimeUntilDate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorResilience.RetryAfter(response, time));
    }

    [Fact]
    public void RetryAfter_DateInPast_ReturnsZero()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(-30));

        Assert.Equal(TimeSpan.Zero, ConnectorResilience.RetryAfter(response, time));
    }

    [Fact]
    public void RetryAfter_NoHeader_ReturnsNullSoBackoffApplies()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorResilience.RetryAfter(response, TimeProvider.System));
    }
}

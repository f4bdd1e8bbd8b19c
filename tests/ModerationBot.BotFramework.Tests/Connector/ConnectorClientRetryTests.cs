using System.Net;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Testing.Connector;
using Xunit;
using static ModerationBot.BotFramework.Tests.Connector.ConnectorHarness;

namespace ModerationBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientRetryTests
{
    [Fact]
    public async Task Send_429WithRetryAfter_WaitsRetryAfterThenSucceeds()
    {
        await using var harness = await StartAsync();
        harness.Connector.Enqueue(FakeResponse.TooManyRequests(TimeSpan.FromSeconds(1)));

        var response = await SendAsync(harness);

        Assert.NotNull(response.Id);
        var requests = harness.Connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), "the retry came before Retry-After");
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("answered 429; retry 1 in 1000 ms", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(412)]
    public async Task Send_TransientStatus_RetriedUntilSuccess(int statusCode)
    {
        await using var harness = await StartAsync();
        harness.Connector.Enqueue(new FakeResponse(statusCode), new FakeResponse(statusCode));

        await SendAsync(harness);

        Assert.Equal(3, harness.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    public async Task Send_ClientError_NotRetriedAndReportedWithoutBody(int statusCode, string errorCode)
    {
        await using var harness = await StartAsync();
        harness.Connector.Enqueue(FakeResponse.Error(statusCode, errorCode, "corr-123"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(harness));

        Assert.Single(harness.Connector.Requests);
        Assert.Equal((HttpStatusCode)statusCode, exception.StatusCode);
        Assert.Equal(errorCode, exception.ErrorCode);
        Assert.Equal("corr-123", exception.CorrelationId);
        Assert.DoesNotContain("Anna", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Message.Contains("Anna", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_AlwaysFailing_StopsAfterMaxAttempts()
    {
        await using var harness = await StartAsync();
        harness.Connector.Enqueue(Enumerable.Repeat(new FakeResponse(503), 10).ToArray());

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(harness));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(4, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_MaxAttemptsConfigured_Honoured()
    {
        await using var harness = await StartAsync(s => s["BotFramework:Connector:MaxAttempts"] = "2");
        harness.Connector.Enqueue(Enumerable.Repeat(new FakeResponse(500), 10).ToArray());

        await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(harness));

        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanAllowed_FailsWithoutWaiting()
    {
        await using var harness = await StartAsync();
        harness.Connector.Enqueue(FakeResponse.TooManyRequests(TimeSpan.FromMinutes(10)));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(harness));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Single(harness.Connector.Requests);
    }

    [Fact]
    public async Task Send_Retries_ReuseCachedToken()
    {
        await using var harness = await StartAsync();
        harness.Connector.Enqueue(new FakeResponse(503));

        await SendAsync(harness);

        Assert.Single(harness.Tokens.Requests);
        Assert.All(harness.Connector.Requests, r => Assert.Equal("Bearer fake-access-token-1", r.Authorization));
    }

    private static Task<ResourceResponse> SendAsync(ConnectorHarness harness) =>
        harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, "a:1", new Activity { Type = "message", Text = "Hej" }, Ct);
}

using System.Net;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Messages;

/// <summary>Redeliveries from Teams and throttling by the connector.</summary>
public sealed class DeliveryTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SameActivityDeliveredTwice_RepliesOnce()
    {
        var activity = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();

        var first = await factory.PostAsync(activity, ct: Ct);
        var second = await factory.PostAsync(activity, ct: Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(factory.Connector.RequestsFor(activity));
    }

    [Fact]
    public async Task Post_SameActivityDeliveredConcurrently_RepliesOnce()
    {
        var activity = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.PostAsync(activity, ct: Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(factory.Connector.RequestsFor(activity));
    }

    [Fact]
    public async Task Post_ConnectorThrottlesWithRetryAfter_RetriesAfterWaitAndDelivers()
    {
        var activity = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();
        factory.Connector.Enqueue(FakeResponse.TooManyRequests(TimeSpan.FromSeconds(1)));

        var response = await factory.PostAsync(activity, ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = factory.Connector.RequestsFor(activity);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), "Retry-After was not honoured");
        Assert.NotNull(attempts[1].Card());
    }
}

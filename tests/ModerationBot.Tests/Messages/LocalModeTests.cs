using System.Net;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Messages;

/// <summary>Without an app id the bot answers loopback callers only.</summary>
public sealed class LocalModeTests(LocalModeFactory factory) : IClassFixture<LocalModeFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_LoopbackCallerWithoutToken_RepliesWithWelcomeCard()
    {
        var activity = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();

        var response = await factory.PostRawAsync(TestActivities.ToJson(activity), authorization: null, remoteAddress: "127.0.0.1", ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(factory.Connector.RequestsFor(activity));
        Assert.NotNull(sent.Card());
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.12")]
    [InlineData("2001:db8::1")]
    public async Task Post_NonLoopbackCaller_Returns401AndProcessesNothing(string remoteAddress)
    {
        var activity = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();

        var response = await factory.PostRawAsync(TestActivities.ToJson(activity), authorization: null, remoteAddress: remoteAddress, ct: Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await factory.AssertNothingProcessedAsync(activity, Ct);
    }
}

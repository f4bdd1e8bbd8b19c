using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Connector;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Connector;

public sealed class LocalModeConnectorTests
{
    [Fact]
    public async Task Send_LocalModeAfterLoopbackActivity_PostsWithoutToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(ct: ct);
        await using var services = new ServiceCollection()
            .AddBotFrameworkAuthentication(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        var inbound = TestActivities.PersonalMessage("hjälp", connector.ServiceUrl);
        var outcome = await services.GetRequiredService<IRequestAuthenticator>()
            .AuthenticateAsync(new RequestAuthenticationContext(null, inbound, IPAddress.Loopback), ct);
        Assert.True(outcome.Succeeded);

        await services.GetRequiredService<IConnectorClient>()
            .SendToConversationAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, new Activity { Type = "message", Text = "Välkommen" }, ct);

        var request = Assert.Single(connector.Requests);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Send_LocalModeUnknownServiceUrl_Refused()
    {
        await using var services = new ServiceCollection()
            .AddBotFrameworkAuthentication(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => services.GetRequiredService<IConnectorClient>()
            .SendToConversationAsync("https://elsewhere.example/", "a:1", new Activity { Type = "message" }, TestContext.Current.CancellationToken));
    }
}

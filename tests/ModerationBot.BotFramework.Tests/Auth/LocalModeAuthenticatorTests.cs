using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ModerationBot.BotFramework.Auth;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Testing.Activities;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Auth;

public sealed class LocalModeAuthenticatorTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.10.20.30")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Authenticate_LoopbackWithoutToken_Succeeds(string address)
    {
        await using var services = CreateLocalModeServices();
        var authenticator = services.GetRequiredService<IRequestAuthenticator>();

        var outcome = await authenticator.AuthenticateAsync(Request(address), TestContext.Current.CancellationToken);

        Assert.IsType<LocalModeAuthenticator>(authenticator);
        Assert.True(outcome.Succeeded);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("52.114.128.10")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("fe80::1")]
    public async Task Authenticate_NonLoopback_Fails(string address)
    {
        await using var services = CreateLocalModeServices();
        var authenticator = services.GetRequiredService<IRequestAuthenticator>();

        var outcome = await authenticator.AuthenticateAsync(Request(address), TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal("local mode accepts only loopback requests", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NoRemoteAddress_Fails()
    {
        await using var services = CreateLocalModeServices();
        var authenticator = services.GetRequiredService<IRequestAuthenticator>();

        var outcome = await authenticator.AuthenticateAsync(
            new RequestAuthenticationContext(null, TestActivities.PersonalMessage("hi"), null), TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task StartHostedServices_LocalMode_LogsWarningAboutLoopbackOnly()
    {
        await using var services = CreateLocalModeServices();

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(TestContext.Current.CancellationToken);
        }

        var warning = Assert.Single(services.GetFakeLogCollector().GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("LOCAL MODE", warning.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_LocalMode_ReadyAndWithoutOutboundToken()
    {
        await using var services = CreateLocalModeServices();

        Assert.True(await services.GetRequiredService<IAuthenticationReadiness>().IsReadyAsync(TestContext.Current.CancellationToken));
        Assert.Null(await services.GetRequiredService<IAccessTokenProvider>().GetAccessTokenAsync(TestContext.Current.CancellationToken));
    }

    private static RequestAuthenticationContext Request(string address) =>
        new(null, TestActivities.PersonalMessage("hjälp", "http://localhost:56150/_connector"), IPAddress.Parse(address));

    private static ServiceProvider CreateLocalModeServices() =>
        new ServiceCollection()
            .AddLogging(logging => logging.AddFakeLogging())
            .AddBotFrameworkAuthentication(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
}

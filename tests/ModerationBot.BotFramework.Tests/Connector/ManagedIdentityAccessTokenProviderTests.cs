using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ModerationBot.BotFramework.Connector;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Connector;

public sealed class ManagedIdentityAccessTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
    private readonly Mock<TokenCredential> _credential = new();
    private int _issued;

    public ManagedIdentityAccessTokenProviderTests() =>
        _credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new AccessToken("mi-token-" + ++_issued, _time.GetUtcNow().AddHours(1)));

    [Fact]
    public async Task GetAccessToken_WellBeforeExpiry_ReusesToken()
    {
        var provider = new ManagedIdentityAccessTokenProvider(_credential.Object, _time);

        var first = await provider.GetAccessTokenAsync(TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("mi-token-1", first);
        Assert.Equal("mi-token-1", second);
        _credential.Verify(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetAccessToken_WithinFiveMinutesOfExpiry_FetchesNewToken()
    {
        var provider = new ManagedIdentityAccessTokenProvider(_credential.Object, _time);
        await provider.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        _time.Advance(TimeSpan.FromMinutes(56));
        var renewed = await provider.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("mi-token-2", renewed);
    }

    [Fact]
    public async Task GetAccessToken_RequestsBotFrameworkScope()
    {
        var provider = new ManagedIdentityAccessTokenProvider(_credential.Object, _time);

        await provider.GetAccessTokenAsync(TestContext.Current.CancellationToken);

        _credential.Verify(c => c.GetTokenAsync(
            It.Is<TokenRequestContext>(r => r.Scopes.SequenceEqual(new[] { "https://api.botframework.com/.default" })),
            It.IsAny<CancellationToken>()));
    }
}

using Xunit;
namespace ModerationBot.BotFramework.Tests.Auth;

public sealed class JwtRequestAuthenticatorKeyRefreshTests
{
    [Fact]
    public async Task Authenticate_SeveralRequests_FetchesMetadataOnce()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await harness.AuthenticateTokenAsync()).Succeeded);
        }

        Assert.Equal(1, harness.Issuer.MetadataRequests);
        Assert.Equal(1, harness.Issuer.KeysRequests);
    }

    [Fact]
    public async Task Authenticate_UnknownKidAfterRotation_RefreshesOnceAndSucceeds()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        Assert.True((await harness.AuthenticateTokenAsync()).Succeeded);

        var rotated = harness.Issuer.RotateKey("key-2", "msteams");
        var outcome = await harness.AuthenticateTokenAsync(t => t.SigningKey = rotated);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(2, harness.Issuer.KeysRequests);
    }

    [Fact]
    public async Task Authenticate_UnlistedKeyTwice_RefreshesOnlyOnceAndFails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var unlisted = harness.Issuer.CreateUnlistedKey("never-published");

        var first = await harness.AuthenticateTokenAsync(t => t.SigningKey = unlisted);
        var second = await harness.AuthenticateTokenAsync(t => t.SigningKey = unlisted);

        Assert.False(first.Succeeded);
        Assert.Equal("signing key not found", first.FailureReason);
        Assert.False(second.Succeeded);
        Assert.Equal(2, harness.Issuer.KeysRequests);
    }

    [Fact]
    public async Task IsReady_KeysServed_ReturnsTrue()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        Assert.True(await harness.Readiness.IsReadyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IsReady_MetadataUnreachable_ReturnsFalse()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(s => s["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/none");

        Assert.False(await harness.Readiness.IsReadyAsync(TestContext.Current.CancellationToken));
        var outcome = await harness.AuthenticateTokenAsync();
        Assert.Equal("signing keys are unavailable", outcome.FailureReason);
    }
}

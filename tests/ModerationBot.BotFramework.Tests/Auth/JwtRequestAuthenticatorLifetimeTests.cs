using Xunit;
namespace ModerationBot.BotFramework.Tests.Auth;

public sealed class JwtRequestAuthenticatorLifetimeTests
{
    [Fact]
    public async Task Authenticate_ExpiredBeyondSkew_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var now = harness.Time.GetUtcNow();

        var outcome = await harness.AuthenticateTokenAsync(t => { t.NotBefore = now.AddHours(-2); t.Expires = now.AddMinutes(-6); });

        Assert.False(outcome.Succeeded);
        Assert.Equal("token expired", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinSkew_Succeeds()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var now = harness.Time.GetUtcNow();

        var outcome = await harness.AuthenticateTokenAsync(t => { t.NotBefore = now.AddHours(-1); t.Expires = now.AddMinutes(-4); });

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NotYetValidBeyondSkew_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var now = harness.Time.GetUtcNow();

        var outcome = await harness.AuthenticateTokenAsync(t => { t.NotBefore = now.AddMinutes(6); t.Expires = now.AddHours(1); });

        Assert.False(outcome.Succeeded);
        Assert.Equal("token not yet valid", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NotYetValidWithinSkew_Succeeds()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var now = harness.Time.GetUtcNow();

        var outcome = await harness.AuthenticateTokenAsync(t => { t.NotBefore = now.AddMinutes(4); t.Expires = now.AddHours(1); });

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ClockMovesPastExpiry_FailsUsingInjectedTime()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.ServiceUrl);
        Assert.True((await harness.AuthenticateAsync("Bearer " + token)).Succeeded);

        harness.Time.Advance(TimeSpan.FromHours(2));
        var outcome = await harness.AuthenticateAsync("Bearer " + token);

        Assert.False(outcome.Succeeded);
        Assert.Equal("token expired", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NoExpiry_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync(t => t.OmitExpiry = true);

        Assert.False(outcome.Succeeded);
        Assert.Equal("token has no expiry", outcome.FailureReason);
    }
}

using Xunit;
using ModerationBot.BotFramework.Auth;

namespace ModerationBot.BotFramework.Tests.Auth;

public sealed class JwtRequestAuthenticatorTests
{
    [Fact]
    public async Task Authenticate_ValidTeamsToken_SucceedsAndTrustsServiceUrl()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync();

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.NotNull(outcome.Identity);
        Assert.True(harness.TrustedServiceUrls.IsTrusted(AuthenticatorHarness.ServiceUrl));
    }

    [Fact]
    public async Task Authenticate_NoAuthorizationHeader_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateAsync(null);

        Assert.False(outcome.Succeeded);
        Assert.Equal("no Authorization header", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_BasicScheme_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.ServiceUrl);

        var outcome = await harness.AuthenticateAsync("Basic " + token);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Authorization scheme is not Bearer", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_GarbageToken_FailsAsMalformed()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateAsync("Bearer not-a-jwt");

        Assert.False(outcome.Succeeded);
        Assert.Equal("token is not a well-formed JWT", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_SignedByForeignKeyUnderListedKid_FailsWithInvalidSignature()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var forger = harness.Issuer.CreateUnlistedKey("forger");

        var outcome = await harness.AuthenticateTokenAsync(t => { t.SigningKey = forger; t.KeyId = harness.Issuer.CurrentKey.KeyId; });

        Assert.False(outcome.Succeeded);
        Assert.Equal("invalid signature", outcome.FailureReason);
        Assert.False(harness.TrustedServiceUrls.IsTrusted(AuthenticatorHarness.ServiceUrl));
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    [InlineData("HS256")]
    public async Task Authenticate_AlgorithmOtherThanRs256_Fails(string algorithm)
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync(t => t.Algorithm = algorithm);

        Assert.False(outcome.Succeeded);
        Assert.Equal("token algorithm is not RS256", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_Failure_ReasonAndLogsContainNoTokenText()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var token = harness.Issuer.CreateToken(AuthenticatorHarness.ServiceUrl, t => t.Audience = "someone-else");

        var outcome = await harness.AuthenticateAsync("Bearer " + token);

        Assert.False(outcome.Succeeded);
        var logText = string.Join("\n", harness.Logs.GetSnapshot().Select(r => r.Message));
        Assert.Contains("audience", logText, StringComparison.Ordinal);
        foreach (var part in token.Split('.'))
        {
            Assert.DoesNotContain(part, outcome.FailureReason!, StringComparison.Ordinal);
            Assert.DoesNotContain(part, logText, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("someone-else", outcome.FailureReason!, StringComparison.Ordinal);
    }
}

using Xunit;
using System.Text.Json;
using ModerationBot.Testing.Activities;

namespace ModerationBot.BotFramework.Tests.Auth;

public sealed class JwtRequestAuthenticatorClaimsTests
{
    private const string HomeTenant = "4d3c2b1a-0f9e-4d8c-a7b6-c5d4e3f2a1b0";

    [Fact]
    public async Task Authenticate_WrongIssuer_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync(t => t.Issuer = "https://sts.windows.net/" + HomeTenant + "/");

        Assert.False(outcome.Succeeded);
        Assert.Equal("issuer not accepted", outcome.FailureReason);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + HomeTenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + HomeTenant + "/v2.0")]
    public async Task Authenticate_HomeTenantIssuerWithTenantConfigured_Succeeds(string issuer)
    {
        await using var harness = await AuthenticatorHarness.StartAsync(s =>
        {
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppTenantId"] = HomeTenant;
        });

        var outcome = await harness.AuthenticateTokenAsync(t => t.Issuer = issuer);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync(t => t.Audience = "0b5c1d8e-aaaa-4bbb-8ccc-111122223333");

        Assert.False(outcome.Succeeded);
        Assert.Equal("audience is not the bot's app id", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_KeyNotEndorsedForMsteams_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();
        var webchatOnly = harness.Issuer.CreateUnlistedKey("webchat-only", "webchat");
        harness.Issuer.Publish(webchatOnly);

        var outcome = await harness.AuthenticateTokenAsync(t => t.SigningKey = webchatOnly);

        Assert.False(outcome.Succeeded);
        Assert.Equal("signing key is not endorsed for the activity's channel", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimDiffers_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync(t => t.ServiceUrl = "https://attacker.example/teams/");

        Assert.False(outcome.Succeeded);
        Assert.Equal("serviceurl claim does not match the activity's serviceUrl", outcome.FailureReason);
        Assert.False(harness.TrustedServiceUrls.IsTrusted("https://attacker.example/teams/"));
        Assert.False(harness.TrustedServiceUrls.IsTrusted(AuthenticatorHarness.ServiceUrl));
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimMissing_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync(t => t.ServiceUrl = null);

        Assert.False(outcome.Succeeded);
        Assert.Equal("serviceurl claim does not match the activity's serviceUrl", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCaseAndTrailingSlash_Succeeds()
    {
        await using var harness = await AuthenticatorHarness.StartAsync();

        var outcome = await harness.AuthenticateTokenAsync(t => t.ServiceUrl = "https://SMBA.trafficmanager.net/emea");

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_TenantNotInAllowList_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(s => s["BotFramework:AllowedTenants:0"] = HomeTenant);

        var outcome = await harness.AuthenticateTokenAsync();

        Assert.False(outcome.Succeeded);
        Assert.Equal("tenant is not allowed", outcome.FailureReason);
        Assert.False(harness.TrustedServiceUrls.IsTrusted(AuthenticatorHarness.ServiceUrl));
    }

    [Fact]
    public async Task Authenticate_TenantInAllowList_Succeeds()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(s => s["BotFramework:AllowedTenants:0"] = TestActivities.TenantId.ToUpperInvariant());

        var outcome = await harness.AuthenticateTokenAsync();

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_AllowListAndConversationTenantDiffersFromChannelData_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(s => s["BotFramework:AllowedTenants:0"] = TestActivities.TenantId);
        var activity = AuthenticatorHarness.Message();
        activity.Conversation!.TenantId = HomeTenant;

        var outcome = await harness.AuthenticateTokenAsync(activity: activity);

        Assert.False(outcome.Succeeded);
        Assert.Equal("tenant is not allowed", outcome.FailureReason);
    }

    [Fact]
    public async Task Authenticate_AllowListAndNoTenantAnywhere_Fails()
    {
        await using var harness = await AuthenticatorHarness.StartAsync(s => s["BotFramework:AllowedTenants:0"] = TestActivities.TenantId);
        var activity = AuthenticatorHarness.Message();
        activity.Conversation!.TenantId = null;
        activity.ChannelData = JsonSerializer.SerializeToElement(new { });

        var outcome = await harness.AuthenticateTokenAsync(activity: activity);

        Assert.False(outcome.Succeeded);
    }
}

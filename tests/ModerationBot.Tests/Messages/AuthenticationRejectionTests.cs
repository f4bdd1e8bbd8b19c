using System.Net;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Auth;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Messages;

/// <summary>Each way a channel token can be wrong, through HTTP: 401 and nothing processed.</summary>
public sealed class AuthenticationRejectionTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ValidToken_IsProcessed()
    {
        var activity = Help();

        var response = await factory.PostAsync(activity, ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(factory.Connector.RequestsFor(activity));
        Assert.StartsWith("Bearer ", sent.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoToken_Returns401AndProcessesNothing()
    {
        var activity = Help();

        var response = await factory.PostRawAsync(TestActivities.ToJson(activity), authorization: null, ct: Ct);

        await AssertRejectedAsync(response, activity);
    }

    [Fact]
    public async Task Post_BadSignature_Returns401AndProcessesNothing()
    {
        var forger = factory.Issuer.CreateUnlistedKey("forger");
        await AssertRejectedAsync(Help(), t =>
        {
            t.SigningKey = forger;
            t.KeyId = factory.Issuer.CurrentKey.KeyId;
        });
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns401AndProcessesNothing() =>
        await AssertRejectedAsync(Help(), t =>
        {
            t.NotBefore = DateTimeOffset.UtcNow.AddHours(-2);
            t.Expires = DateTimeOffset.UtcNow.AddMinutes(-10);
        });

    [Fact]
    public async Task Post_WrongIssuer_Returns401AndProcessesNothing() =>
        await AssertRejectedAsync(Help(), t => t.Issuer = "https://sts.windows.net/00000000-0000-0000-0000-000000000001/");

    [Fact]
    public async Task Post_WrongAudience_Returns401AndProcessesNothing() =>
        await AssertRejectedAsync(Help(), t => t.Audience = Guid.NewGuid().ToString());

    [Fact]
    public async Task Post_KeyNotEndorsedForTeams_Returns401AndProcessesNothing() =>
        await AssertRejectedAsync(Help(), t => t.SigningKey = factory.WebChatOnlyKey);

    [Fact]
    public async Task Post_ServiceUrlClaimDiffers_Returns401AndProcessesNothing() =>
        await AssertRejectedAsync(Help(), t => t.ServiceUrl = "https://smba.trafficmanager.net/amer/");

    [Fact]
    public async Task Post_TenantNotAllowed_Returns401AndProcessesNothing()
    {
        var activity = Help();
        var otherTenant = Guid.NewGuid().ToString();
        activity.Conversation!.TenantId = otherTenant;
        activity.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = otherTenant } });

        await AssertRejectedAsync(activity, configure: null);
    }

    private Activity Help() => TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();

    private async Task AssertRejectedAsync(Activity activity, Action<TokenSpec>? configure)
    {
        var response = await factory.PostAsync(activity, configure, Ct);
        await AssertRejectedAsync(response, activity);
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, Activity activity)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await factory.AssertNothingProcessedAsync(activity, Ct);
    }
}

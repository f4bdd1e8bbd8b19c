using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Connector;
using ModerationBot.Testing.Activities;
using Xunit;
using static ModerationBot.BotFramework.Tests.Connector.ConnectorHarness;

namespace ModerationBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string ThreadId = "19:Tq3vK8bW2nE5xS9mL4pZ7rHc1dYf6gJa@thread.tacv2;messageid=1732380000000";
    private const string EncodedThreadId = "19%3ATq3vK8bW2nE5xS9mL4pZ7rHc1dYf6gJa%40thread.tacv2%3Bmessageid%3D1732380000000";

    [Fact]
    public async Task SendToConversation_TrustedServiceUrl_PostsActivityWithBearerToken()
    {
        await using var harness = await StartAsync();

        var response = await harness.Client.SendToConversationAsync(
            harness.Connector.ServiceUrl, TestActivities.PersonalConversationId, new Activity { Type = "message", Text = "Hej!" }, Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1pL9mLQ5vN3nE8xS2kG7bWcYd0ZrHf4TqUjA6oIeM/activities", request.Path);
        Assert.Equal("Bearer fake-access-token-1", request.Authorization);
        Assert.Equal("Hej!", request.ReadActivity()!.Text);
        Assert.StartsWith("fake-activity-", response.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToActivity_ChannelThreadIds_EncodesEverySegment()
    {
        await using var harness = await StartAsync();

        await harness.Client.ReplyToActivityAsync(harness.Connector.ServiceUrl, ThreadId, "1732380000000", new Activity { Type = "message", Text = "Svar" }, Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal($"/v3/conversations/{EncodedThreadId}/activities/1732380000000", request.Path);
    }

    [Fact]
    public async Task UpdateActivity_ServiceUrlWithoutTrailingSlash_PutsToSamePath()
    {
        await using var harness = await StartAsync();
        var serviceUrl = harness.Connector.ServiceUrl.TrimEnd('/');

        var response = await harness.Client.UpdateActivityAsync(serviceUrl, ThreadId, "act:1", new Activity { Type = "message", Id = "act:1", Text = "Ny" }, Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EncodedThreadId}/activities/act%3A1", request.Path);
        Assert.Equal("act:1", response.Id);
    }

    [Fact]
    public async Task DeleteActivity_Trusted_SendsDelete()
    {
        await using var harness = await StartAsync();

        await harness.Client.DeleteActivityAsync(harness.Connector.ServiceUrl, TestActivities.PersonalConversationId, "1732380000000", Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.EndsWith("/activities/1732380000000", request.Path, StringComparison.Ordinal);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task CreateConversation_TeamsPersonalChat_PostsBotMemberAndTenant()
    {
        await using var harness = await StartAsync();
        var parameters = TeamsConversations.PersonalChat(TestActivities.BotAppId, TestActivities.UserId, TestActivities.TenantId);

        var response = await harness.Client.CreateConversationAsync(harness.Connector.ServiceUrl, parameters, Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.Path));
        var body = request.ReadJson();
        Assert.Equal(TestActivities.BotId, body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(TestActivities.UserId, body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(TestActivities.TenantId, body.GetProperty("tenantId").GetString());
        Assert.Equal(TestActivities.TenantId, body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.StartsWith("a:fake-conversation-", response.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMember_UserId_ReturnsMemberFromEncodedPath()
    {
        await using var harness = await StartAsync();

        var member = await harness.Client.GetMemberAsync(harness.Connector.ServiceUrl, TestActivities.PersonalConversationId, "29:1abc", Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("GET", "/v3/conversations/a%3A1pL9mLQ5vN3nE8xS2kG7bWcYd0ZrHf4TqUjA6oIeM/members/29%3A1abc"), (request.Method, request.Path));
        Assert.Equal("29:1abc", member.Id);
        Assert.Equal("00000000-0000-0000-0000-00000000a11c", member.AadObjectId);
    }

    [Fact]
    public async Task Send_UntrustedServiceUrl_RefusesWithoutRequestOrToken()
    {
        await using var harness = await StartAsync(trustServiceUrl: false);

        var exception = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => harness.Client.SendToConversationAsync(
            harness.Connector.ServiceUrl, TestActivities.PersonalConversationId, new Activity { Type = "message", Text = "x" }, Ct));

        Assert.Equal("127.0.0.1", exception.Host);
        Assert.DoesNotContain("test-secret", exception.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Connector.Requests);
        Assert.Empty(harness.Tokens.Requests);
    }

    [Fact]
    public async Task Send_SeveralCalls_RequestsOneTokenFromBotFrameworkTenant()
    {
        await using var harness = await StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, "a:1", new Activity { Type = "message", Text = "x" }, Ct);
        }

        var tokenRequest = Assert.Single(harness.Tokens.Requests);
        Assert.Equal("botframework.com", tokenRequest.Tenant);
        Assert.Equal(TestActivities.BotAppId, tokenRequest.ClientId);
        Assert.Contains("https://api.botframework.com/.default", tokenRequest.Scope, StringComparison.Ordinal);
        Assert.All(harness.Connector.Requests, r => Assert.Equal("Bearer fake-access-token-1", r.Authorization));
    }

    [Fact]
    public async Task Send_SingleTenant_RequestsTokenFromHomeTenant()
    {
        const string tenant = "4d3c2b1a-0f9e-4d8c-a7b6-c5d4e3f2a1b0";
        await using var harness = await StartAsync(s => { s["MicrosoftAppType"] = "SingleTenant"; s["MicrosoftAppTenantId"] = tenant; });

        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, "a:1", new Activity { Type = "message", Text = "x" }, Ct);

        Assert.Equal(tenant, Assert.Single(harness.Tokens.Requests).Tenant);
    }
}
